package uk.send.platform.casework;

import java.time.LocalDate;

/** Opens a journey on a request for assessment. */
public record CaseOpened(String caseId, String childId, LocalDate requestReceivedOn, RequestSource requestSource, String caseworker, String team) {
}
