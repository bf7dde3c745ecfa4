package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * Filters for a list of cases; null means "any". Closed journeys are left out unless asked for or a closed
 * stage is chosen. overdue: an unmet duty is past due. dueBefore: the next duty falls before the date.
 */
public record CaseFilter(Stage stage, String caseworker, String team, String setting, boolean overdue,
        LocalDate dueBefore, String childId, boolean includeClosed) {

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, false, null, null, false);
    }

    public CaseFilter withCaseworker(String username) {
        return new CaseFilter(stage, username, team, setting, overdue, dueBefore, childId, includeClosed);
    }

    public CaseFilter forChild(String id) {
        return new CaseFilter(stage, caseworker, team, setting, overdue, dueBefore, id, includeClosed);
    }

    public CaseFilter withTeam(String teamName) {
        return new CaseFilter(stage, caseworker, teamName, setting, overdue, dueBefore, childId, includeClosed);
    }
}
