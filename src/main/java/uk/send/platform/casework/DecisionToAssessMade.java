package uk.send.platform.casework;

import java.time.LocalDate;

/** The decision whether to assess was made (reg 5); toAssess false is a refusal, open to appeal. */
public record DecisionToAssessMade(String caseId, String childId, LocalDate decidedOn, boolean toAssess, LocalDate dueOn) {
}
