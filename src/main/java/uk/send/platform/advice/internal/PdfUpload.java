package uk.send.platform.advice.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import uk.send.platform.kernel.InvalidInput;

/**
 * The checks an attachment passes before anything is stored: a PDF by declared content type, by name and by its
 * first bytes ("%PDF-"), not empty, and no larger than the limit.
 */
final class PdfUpload {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String FIELD = "file";
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfUpload() {
    }

    /** The file name to keep: no path, only safe characters, ending in .pdf. */
    static String check(String originalName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.of(FIELD, "Choose a PDF file to attach; the selected file is empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of(FIELD, "The file must be smaller than 10 MB");
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        if (!type.equals("application/pdf")) {
            throw InvalidInput.of(FIELD, "The selected file must be a PDF");
        }
        if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw InvalidInput.of(FIELD, "The selected file is not a PDF: save or export it as a PDF and try again");
        }
        return safeName(originalName);
    }

    static String safeName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9 ._()-]", "_").strip();
        if (name.isEmpty() || name.equals(".pdf")) {
            name = "attachment.pdf";
        }
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name + ".pdf";
        }
        return name.length() <= 200 ? name : name.substring(name.length() - 200);
    }
}
