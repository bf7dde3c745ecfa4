package uk.send.platform.casework;

import java.time.LocalDate;

/** The decision whether to issue a plan was made; toIssue false starts the no-plan notice (reg 10). */
public record DecisionToIssueMade(String caseId, String childId, LocalDate decidedOn, boolean toIssue) {
}
