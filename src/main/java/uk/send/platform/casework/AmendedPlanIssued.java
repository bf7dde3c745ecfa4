package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * An amended plan was issued (reg 22(3)). primaryNeed and secondaryNeed are the SEN2 needs the plan names from that
 * day (changed by this amendment or carried over; null when no plan has named them).
 */
public record AmendedPlanIssued(String caseId, String childId, LocalDate issuedOn, SenNeed primaryNeed,
        SenNeed secondaryNeed) {
}
