package uk.send.platform.casework;

import java.time.LocalDate;

/** A journey ended without a plan ceasing: withdrawn, or the plan transferred out (reg 15). */
public record CaseClosed(String caseId, String childId, LocalDate closedOn, Stage stage) {
}
