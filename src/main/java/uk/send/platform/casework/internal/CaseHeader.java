package uk.send.platform.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.casework.Stage;

/** The case row as read before replaying its history: identity, who holds it, and its version for locking. */
record CaseHeader(String id, String childId, LocalDate requestReceivedOn, RequestSource requestSource,
        String caseworker, String team, Stage stage, int version, Instant openedAt) {

    CaseHeader withVersion(int next) {
        return new CaseHeader(id, childId, requestReceivedOn, requestSource, caseworker, team, stage, next, openedAt);
    }
}
