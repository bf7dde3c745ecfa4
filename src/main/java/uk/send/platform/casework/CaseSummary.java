package uk.send.platform.casework;

import java.time.LocalDate;

/** A case in a list: enough to sort a caseload by what is due next. */
public record CaseSummary(String id, String childId, String childName, LocalDate dateOfBirth, Stage stage,
        String caseworker, String team, String setting, LocalDate requestReceivedOn, String nextDeadline,
        LocalDate nextDueOn, boolean overdue, boolean dueThisWeek, int version) {
}
