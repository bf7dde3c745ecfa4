package uk.send.platform.casework;

/** One caseworker's open cases in a team, and how many are overdue or due within the week. */
public record CaseworkerLoad(String caseworker, long openCases, long overdue, long dueThisWeek) {
}
