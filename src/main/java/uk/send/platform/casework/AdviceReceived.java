package uk.send.platform.casework;

import java.time.LocalDate;

/** Advice came back from a partner service. */
public record AdviceReceived(String caseId, String childId, String adviceId, LocalDate receivedOn, LocalDate dueOn) {
}
