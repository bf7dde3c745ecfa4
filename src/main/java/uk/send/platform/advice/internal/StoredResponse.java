package uk.send.platform.advice.internal;

import java.time.Instant;

/** A provider's response to a request as held: the form version it was written on, its answers and its state. */
record StoredResponse(String requestId, String formCode, int formVersion, boolean submitted, Instant savedAt,
        String savedBy, Instant submittedAt, String submittedBy, AdviceAnswers answers) {
}
