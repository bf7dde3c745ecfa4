package uk.send.platform.casework;

import java.time.LocalDate;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * The LA decided after a review meeting to maintain, amend or cease the plan (reg 20(10)). dueOn and dueStatus are
 * casework's reviewDecision limit as the decision left it: its due date, and MET when decided on or before it, MISSED
 * after (null when the journey has no such limit).
 */
public record ReviewDecisionMade(String caseId, String childId, LocalDate meetingOn, LocalDate decidedOn, ReviewOutcome outcome, LocalDate dueOn,
        DeadlineStatus dueStatus) {
}
