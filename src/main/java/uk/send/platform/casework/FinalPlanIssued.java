package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * A final plan was issued (reg 13(2)); within20Weeks and exceptionApplies feed SEN2 and the measures. primaryNeed is
 * the plan's SEN2 primary type of need when the caseworker recorded it, otherwise null.
 */
public record FinalPlanIssued(String caseId, String childId, LocalDate issuedOn, LocalDate requestReceivedOn,
        boolean within20Weeks, boolean exceptionApplies, SenNeed primaryNeed) {
}
