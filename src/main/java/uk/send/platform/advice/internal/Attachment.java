package uk.send.platform.advice.internal;

import java.time.Instant;

/** A PDF a provider attached to their advice (a clinic letter, an assessment report); content loaded on download. */
record Attachment(String id, String requestId, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
        String uploadedBy) {

    /** "1.2 MB", "340 KB". */
    public String sizeText() {
        return sizeBytes >= 1_000_000 ? String.format(java.util.Locale.UK, "%.1f MB", sizeBytes / 1_000_000.0)
                : Math.max(1, sizeBytes / 1000) + " KB";
    }
}
