package uk.send.platform.casework;

import java.time.LocalDate;

/** The plan stopped being maintained (SEN2 CeaseDate and CeaseReason). */
public record PlanCeased(String caseId, String childId, LocalDate ceasedOn, CeaseReason reason) {
}
