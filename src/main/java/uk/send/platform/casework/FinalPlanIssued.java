package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * A final plan was issued (reg 13(2)); within20Weeks and exceptionApplies feed SEN2 and the measures. primaryNeed and
 * secondaryNeed are the plan's SEN2 types of need (SENtypeRank 1 and 2) when the caseworker recorded them, else null.
 * dueOn is casework's finalPlan limit: the day the 20 weeks from the request end.
 */
public record FinalPlanIssued(String caseId, String childId, LocalDate issuedOn, LocalDate requestReceivedOn,
        boolean within20Weeks, boolean exceptionApplies, SenNeed primaryNeed, SenNeed secondaryNeed, LocalDate dueOn) {
}
