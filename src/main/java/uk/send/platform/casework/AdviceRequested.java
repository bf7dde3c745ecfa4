package uk.send.platform.casework;

import java.time.LocalDate;

/** Advice was asked of a partner service; the advice module tracks and chases it (reg 8(1): 6 weeks). */
public record AdviceRequested(String caseId, String childId, String adviceId, AdviceService service, String recipient, LocalDate requestedOn, LocalDate dueOn) {
}
