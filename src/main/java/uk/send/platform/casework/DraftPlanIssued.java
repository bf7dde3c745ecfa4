package uk.send.platform.casework;

import java.time.LocalDate;

/** A draft plan went to the family; representations are open until representationsUntil (reg 13(1)). */
public record DraftPlanIssued(String caseId, String childId, LocalDate issuedOn, LocalDate representationsUntil) {
}
