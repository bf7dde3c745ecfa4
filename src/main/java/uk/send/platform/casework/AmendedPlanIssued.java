package uk.send.platform.casework;

import java.time.LocalDate;

/** An amended plan was issued (reg 22(3)). */
public record AmendedPlanIssued(String caseId, String childId, LocalDate issuedOn) {
}
