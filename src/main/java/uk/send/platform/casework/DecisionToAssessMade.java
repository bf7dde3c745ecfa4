package uk.send.platform.casework;

import java.time.LocalDate;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * The decision whether to assess was made (reg 5); toAssess false is a refusal, open to appeal. dueOn and dueStatus
 * are casework's decisionToAssess limit as the decision left it: its due date, and MET when decided on or before it,
 * MISSED after (null when the journey has no such limit).
 */
public record DecisionToAssessMade(String caseId, String childId, LocalDate decidedOn, boolean toAssess, LocalDate dueOn,
        DeadlineStatus dueStatus) {
}
