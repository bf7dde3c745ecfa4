package uk.send.platform.casework;

import java.time.LocalDate;

/** The LA decided after a review meeting to maintain, amend or cease the plan (reg 20(10)). */
public record ReviewDecisionMade(String caseId, String childId, LocalDate meetingOn, LocalDate decidedOn, ReviewOutcome outcome, LocalDate dueOn) {
}
