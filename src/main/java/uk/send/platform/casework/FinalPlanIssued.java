package uk.send.platform.casework;

import java.time.LocalDate;

/** A final plan was issued (reg 13(2)); within20Weeks and exceptionApplies feed SEN2 and the measures. */
public record FinalPlanIssued(String caseId, String childId, LocalDate issuedOn, LocalDate requestReceivedOn, boolean within20Weeks, boolean exceptionApplies) {
}
