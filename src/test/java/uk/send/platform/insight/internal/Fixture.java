package uk.send.platform.insight.internal;

import static uk.send.platform.calendar.RuleKeys.ADVICE;
import static uk.send.platform.calendar.RuleKeys.ANNUAL_REVIEW;
import static uk.send.platform.calendar.RuleKeys.DECISION_TO_ASSESS;
import static uk.send.platform.calendar.RuleKeys.FINAL_PLAN;
import static uk.send.platform.calendar.RuleKeys.PHASE_TRANSFER_OTHER;
import static uk.send.platform.calendar.RuleKeys.REVIEW_DECISION;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import uk.send.platform.calendar.RuleBook;

/**
 * Journeys with known dates, fed to insight as facts: the same facts casework's events become, in the order casework
 * publishes them (its deadline changes first). It stands in for casework, so it holds the deadlines casework would:
 * due dates from the standard rule book, met in time when met on or before them.
 */
final class Fixture {

    private static final RuleBook CASEWORK_RULES = RuleBook.standard();

    private final JourneyFacts facts;
    private final String team;
    private final Map<String, LocalDate> requests = new HashMap<>();
    private final Map<String, LocalDate> adviceAsked = new HashMap<>();
    private final Map<String, LocalDate> transferDue = new HashMap<>();
    private final Map<String, LocalDate> reviewDue = new HashMap<>();

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
        requests.put(caseId, day(received));
        facts.opened(new Journey(caseId, UUID.randomUUID().toString(), team, need, setting, day(bornOn), day(received),
                JourneyPhase.BEFORE_PLAN, false, null, null), new Category("PARENT_OR_YOUNG_PERSON", "Parent or young person"));
        facts.planLimitRunning(caseId, day(received), Limit.unmet(day(received), due(FINAL_PLAN, day(received))));
        return caseId;
    }

    void decide(String caseId, String on, boolean toAssess) {
        LocalDate due = due(DECISION_TO_ASSESS, requests.get(caseId));
        if (!toAssess) {
            facts.planLimitStopped(caseId, day(on));
        }
        facts.decidedWhetherToAssess(caseId, day(on), toAssess, due, !day(on).isAfter(due));
        if (!toAssess) {
            facts.movedTo(caseId, day(on), JourneyPhase.WITHOUT_PLAN);
        }
    }

    void issue(String caseId, String on, boolean exception) {
        LocalDate received = requests.get(caseId);
        facts.planLimitStopped(caseId, day(on));
        reviewRuns(caseId, day(on));
        facts.finalPlanIssued(caseId, day(on), exception, met(received, FINAL_PLAN, day(on)));
        facts.movedTo(caseId, day(on), JourneyPhase.PLAN_IN_FORCE);
    }

    void review(String caseId, String meetingOn, String decidedOn, String outcome) {
        LocalDate meeting = day(meetingOn);
        facts.reviewLimitStopped(caseId, meeting, reviewDue.get(caseId));
        reviewRuns(caseId, meeting);
        facts.reviewDecided(caseId, meeting, day(decidedOn), new Category(outcome, outcome),
                met(meeting, REVIEW_DECISION, day(decidedOn)));
    }

    void cease(String caseId, String on, String reason) {
        facts.reviewLimitStopped(caseId, day(on), reviewDue.get(caseId));
        facts.planCeased(caseId, day(on), new Category(reason, reason));
        facts.movedTo(caseId, day(on), JourneyPhase.CLOSED);
    }

    String advice(String caseId, String service, String requestedOn) {
        String adviceId = UUID.randomUUID().toString();
        adviceAsked.put(adviceId, day(requestedOn));
        facts.adviceRequested(caseId, adviceId, new Category(service, service),
                Limit.unmet(day(requestedOn), due(ADVICE, day(requestedOn))));
        return adviceId;
    }

    void adviceBack(String caseId, String adviceId, String on) {
        facts.adviceReceived(caseId, adviceId, day(on), met(adviceAsked.get(adviceId), ADVICE, day(on)));
    }

    void phaseTransfer(String caseId, String transferOn) {
        LocalDate due = due(PHASE_TRANSFER_OTHER, day(transferOn));
        transferDue.put(caseId, due);
        facts.phaseTransferScheduled(caseId, day(transferOn).minusYears(1), "phase-transfer:" + transferOn,
                Limit.unmet(day(transferOn), due), new Category("OTHER_PHASE", "Other phase"));
    }

    void phaseTransferReviewed(String caseId, String on) {
        LocalDate due = transferDue.get(caseId);
        facts.phaseTransferReviewed(caseId, due != null && !day(on).isAfter(due));
    }

    private void reviewRuns(String caseId, LocalDate from) {
        LocalDate due = due(ANNUAL_REVIEW, from);
        reviewDue.put(caseId, due);
        facts.reviewLimitRunning(caseId, from, Limit.unmet(from, due));
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalDate due(String ruleKey, LocalDate anchor) {
        return CASEWORK_RULES.deadline(ruleKey, anchor).dueOn();
    }

    /** A limit met on the day given, judged as casework judges it. */
    private static Limit met(LocalDate anchor, String ruleKey, LocalDate on) {
        LocalDate due = due(ruleKey, anchor);
        return new Limit(anchor, due, !on.isAfter(due));
    }
}
