package uk.send.platform.insight.internal;

import java.time.LocalDate;

/**
 * What insight knows of one EHC journey: the dimensions its records are counted under and the state its stock
 * figures follow (where the journey stands, a phase transfer awaiting its review), with the due date of the annual
 * review casework last told it of.
 */
record Journey(String caseId, String childId, String team, String need, String setting, LocalDate dateOfBirth,
        LocalDate requestReceivedOn, JourneyPhase phase, boolean transferredIn, LocalDate reviewDueOn,
        String transferRef) {

    static final String NO_TEAM = "No team";

    Cell cell() {
        return new Cell(team, need, AgeBand.NOT_KNOWN.name(), setting);
    }

    /** The cell for a record dated on the day given, with the child's age band on that day. */
    Cell cellOn(LocalDate day) {
        return cell().withAgeBand(AgeBand.on(dateOfBirth, day));
    }

    Journey inPhase(JourneyPhase next) {
        return new Journey(caseId, childId, team, need, setting, dateOfBirth, requestReceivedOn, next, transferredIn,
                reviewDueOn, transferRef);
    }

    Journey withNeed(String next) {
        return new Journey(caseId, childId, team, next, setting, dateOfBirth, requestReceivedOn, phase, transferredIn,
                reviewDueOn, transferRef);
    }

    Journey withTeam(String next) {
        return new Journey(caseId, childId, next, need, setting, dateOfBirth, requestReceivedOn, phase, transferredIn,
                reviewDueOn, transferRef);
    }

    Journey asTransferredIn() {
        return new Journey(caseId, childId, team, need, setting, dateOfBirth, requestReceivedOn, phase, true,
                reviewDueOn, transferRef);
    }

    Journey withReviewDueOn(LocalDate due) {
        return new Journey(caseId, childId, team, need, setting, dateOfBirth, requestReceivedOn, phase, transferredIn,
                due, transferRef);
    }

    Journey withTransferRef(String ref) {
        return new Journey(caseId, childId, team, need, setting, dateOfBirth, requestReceivedOn, phase, transferredIn,
                reviewDueOn, ref);
    }
}
