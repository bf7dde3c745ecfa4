package uk.send.platform.advice.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A provider's response to a request as held: the form version it was written on, its answers and its state. */
record StoredResponse(String requestId, String formCode, int formVersion, boolean submitted, Instant savedAt,
        String savedBy, Instant submittedAt, String submittedBy, AdviceAnswers answers) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' h:mma", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** "2 October 2025 at 3:15pm". */
    public String savedText() {
        return WHEN.format(savedAt).replace("AM", "am").replace("PM", "pm");
    }

    public String submittedText() {
        return submittedAt == null ? "" : WHEN.format(submittedAt).replace("AM", "am").replace("PM", "pm");
    }
}
