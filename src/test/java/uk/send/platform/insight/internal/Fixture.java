package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.util.UUID;

/** Journeys with known dates, fed to insight as facts: the same facts casework's events become. */
final class Fixture {

    private final JourneyFacts facts;
    private final String team;

    Fixture(JourneyFacts facts, String team) {
        this.facts = facts;
        this.team = team;
    }

    String team() {
        return team;
    }

    /** Opens a journey on a request received on the day given, for a child born on the day given. */
    String request(String received, String bornOn, String need, String setting) {
        String caseId = UUID.randomUUID().toString();
        facts.opened(new Journey(caseId, UUID.randomUUID().toString(), team, need, setting, day(bornOn), day(received),
                JourneyPhase.BEFORE_PLAN, false, null, null), new Category("PARENT_OR_YOUNG_PERSON", "Parent or young person"));
        return caseId;
    }

    void decide(String caseId, String on, boolean toAssess) {
        facts.decidedWhetherToAssess(caseId, day(on), toAssess);
        if (!toAssess) {
            facts.movedTo(caseId, day(on), JourneyPhase.WITHOUT_PLAN);
        }
    }

    void issue(String caseId, String on, boolean exception) {
        facts.finalPlanIssued(caseId, day(on), exception);
        facts.movedTo(caseId, day(on), JourneyPhase.PLAN_IN_FORCE);
    }

    void review(String caseId, String meetingOn, String decidedOn, String outcome) {
        facts.reviewMeetingHeld(caseId, day(meetingOn));
        facts.reviewDecided(caseId, day(meetingOn), day(decidedOn), new Category(outcome, outcome));
    }

    void cease(String caseId, String on, String reason) {
        facts.planCeased(caseId, day(on), new Category(reason, reason));
        facts.movedTo(caseId, day(on), JourneyPhase.CLOSED);
    }

    String advice(String caseId, String service, String requestedOn) {
        String adviceId = UUID.randomUUID().toString();
        facts.adviceRequested(caseId, adviceId, new Category(service, service), day(requestedOn));
        return adviceId;
    }

    void adviceBack(String caseId, String adviceId, String on) {
        facts.adviceReceived(caseId, adviceId, day(on));
    }

    void phaseTransfer(String caseId, String transferOn) {
        facts.phaseTransferScheduled(caseId, day(transferOn).minusYears(1), "phase-transfer:" + transferOn,
                "phaseTransfer", day(transferOn),
                new Category("OTHER_PHASE", "Other phase"));
    }

    void phaseTransferReviewed(String caseId, String on) {
        facts.phaseTransferReviewed(caseId, day(on));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
