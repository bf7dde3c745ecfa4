package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import static uk.send.platform.calendar.RuleKeys.ADVICE;
import static uk.send.platform.calendar.RuleKeys.ANNUAL_REVIEW;
import static uk.send.platform.calendar.RuleKeys.DECISION_TO_ASSESS;
import static uk.send.platform.calendar.RuleKeys.FINAL_PLAN;
import static uk.send.platform.calendar.RuleKeys.REVIEW_DECISION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened on EHC journeys, in insight's words, turned into counted records. Every due date comes from the
 * rule book (decision 0050). Each method is safe to call twice with the same fact: nothing is counted twice.
 * Facts about a journey insight has not seen opened are ignored.
 */
@Component
@Transactional
class JourneyFacts {

    static final String REQUEST = "request";
    static final String DECISION = "decision";
    static final String FINAL_PLAN_REF = "final-plan";
    static final String CEASED = "ceased";
    static final String PLAN = "plan";
    static final String ASSESSMENT = "assessment";

    private final Journeys journeys;
    private final Ledger ledger;
    private final AdviceRequestFacts advice;
    private final Categories categories;
    private final InsightRules rules;
    private final String la;

    JourneyFacts(Journeys journeys, Ledger ledger, AdviceRequestFacts advice, Categories categories, InsightRules rules,
            LocalArea localArea) {
        this.journeys = journeys;
        this.ledger = ledger;
        this.advice = advice;
        this.categories = categories;
        this.rules = rules;
        this.la = localArea.code();
    }

    /** A request for assessment opened a journey: counted as a request; the 20-week clock starts. */
    void opened(Journey journey, Category source) {
        if (!journeys.insert(la, journey)) {
            return;
        }
        count(journey, Counter.REQUESTS, REQUEST, journey.requestReceivedOn(), source, true, 0, null, null);
        openAssessmentClock(journey, journey.requestReceivedOn());
    }

    /** The journey began with a plan transferred in (reg 15): it was never a request nor an assessment. */
    void transferredIn(String caseId) {
        withJourney(caseId, journey -> {
            ledger.retract(Counter.REQUESTS, caseId, REQUEST);
            ledger.close(Counter.ASSESSMENTS_OVERDUE, caseId, ASSESSMENT, journey.requestReceivedOn());
            journeys.update(la, journey.asTransferredIn());
        });
    }

    /** Decided to assess or not: in time when on or before request + 6 weeks (reg 5(1)). */
    void decidedWhetherToAssess(String caseId, LocalDate on, boolean toAssess) {
        withJourney(caseId, journey -> {
            LocalDate received = journey.requestReceivedOn();
            count(journey, Counter.ASSESSMENT_DECISIONS, DECISION, on, toAssess ? Category.ASSESS : Category.NOT_ASSESS,
                    rules.inTime(DECISION_TO_ASSESS, received, on), 0, received, rules.due(DECISION_TO_ASSESS, received));
        });
    }

    /**
     * A first final plan: in time when on or before request + 20 weeks (reg 13(2)); the amount is the days it took.
     * Plans transferred in are not new plans and are not counted.
     */
    void finalPlanIssued(String caseId, LocalDate on, boolean exceptionApplies) {
        withJourney(caseId, journey -> {
            if (journey.transferredIn()) {
                return;
            }
            LocalDate received = journey.requestReceivedOn();
            int days = (int) ChronoUnit.DAYS.between(received, on);
            count(journey, Counter.PLANS_ISSUED, FINAL_PLAN_REF, on,
                    exceptionApplies ? Category.EXCEPTION : Category.NO_EXCEPTION, rules.inTime(FINAL_PLAN, received, on),
                    days, received, rules.due(FINAL_PLAN, received));
        });
    }

    /**
     * The journey moved on: on the way to a plan, without a plan, with a plan in force, or closed. Starts and ends
     * the stock records that depend on where it stands.
     */
    void movedTo(String caseId, LocalDate on, JourneyPhase next) {
        withJourney(caseId, journey -> {
            JourneyPhase was = journey.phase();
            if (was == next) {
                return;
            }
            Journey moved = journey.inPhase(next);
            if (was == JourneyPhase.BEFORE_PLAN) {
                ledger.close(Counter.ASSESSMENTS_OVERDUE, caseId, ASSESSMENT, on);
            }
            if (next == JourneyPhase.BEFORE_PLAN && !journey.transferredIn()) {
                openAssessmentClock(moved, on);
            }
            if (was == JourneyPhase.PLAN_IN_FORCE) {
                ledger.close(Counter.PLANS_IN_FORCE, caseId, PLAN, on);
                moved = dropPhaseTransfer(moved, on);
                if (journey.reviewDueOn() != null) {
                    ledger.close(Counter.REVIEWS_OVERDUE, caseId, reviewRef(journey.reviewDueOn()), on);
                }
                moved = moved.withReviewDueOn(null);
            }
            if (next == JourneyPhase.PLAN_IN_FORCE) {
                ledger.open(record(moved, Counter.PLANS_IN_FORCE, PLAN, on, Category.NONE, false, 0, on, null),
                        moved.dateOfBirth());
                moved = startReviewClock(moved, on);
            }
            journeys.update(la, moved);
        });
    }

    /** A review meeting ends any overdue review and starts the next 12 months (CFA 2014 s44(1)). */
    void reviewMeetingHeld(String caseId, LocalDate on) {
        withJourney(caseId, journey -> {
            if (journey.phase() != JourneyPhase.PLAN_IN_FORCE) {
                return;
            }
            if (journey.reviewDueOn() != null) {
                ledger.close(Counter.REVIEWS_OVERDUE, caseId, reviewRef(journey.reviewDueOn()), on);
            }
            journeys.update(la, startReviewClock(journey, on));
        });
    }

    /** A review decision: in time when on or before the meeting + 4 weeks (reg 20(10)). */
    void reviewDecided(String caseId, LocalDate meetingOn, LocalDate on, Category outcome) {
        withJourney(caseId, journey -> count(journey, Counter.REVIEW_DECISIONS, "review:" + meetingOn, on, outcome,
                rules.inTime(REVIEW_DECISION, meetingOn, on), 0, meetingOn, rules.due(REVIEW_DECISION, meetingOn)));
    }

    void planCeased(String caseId, LocalDate on, Category reason) {
        withJourney(caseId, journey -> count(journey, Counter.PLANS_CEASED, CEASED, on, reason, true, 0, null, null));
    }

    /** Advice asked of a service is due within 6 weeks (reg 8(1)); unreturned after that, it is overdue. */
    void adviceRequested(String caseId, String adviceId, Category service, LocalDate requestedOn) {
        withJourney(caseId, journey -> {
            LocalDate due = rules.due(ADVICE, requestedOn);
            if (!advice.insert(la, new AdviceRequestFacts.Request(adviceId, caseId, service.code(), requestedOn, due))) {
                return;
            }
            categories.remember(la, Counter.ADVICE_OVERDUE, service);
            ledger.open(record(journey, Counter.ADVICE_OVERDUE, adviceRef(adviceId), due.plusDays(1), service, false, 0,
                    requestedOn, due), journey.dateOfBirth());
        });
    }

    /** Advice came back: counted on the day, in time when on or before its due date. */
    void adviceReceived(String caseId, String adviceId, LocalDate receivedOn) {
        withJourney(caseId, journey -> advice.find(la, caseId, adviceId).ifPresent(request -> {
            ledger.close(Counter.ADVICE_OVERDUE, caseId, adviceRef(adviceId), receivedOn);
            Category service = new Category(request.service(),
                    categories.of(la, Counter.ADVICE_OVERDUE).getOrDefault(request.service(), request.service()));
            count(journey, Counter.ADVICE_RETURNED, adviceRef(adviceId), receivedOn, service,
                    rules.inTime(ADVICE, request.requestedOn(), receivedOn), 0, request.requestedOn(), request.dueOn());
        }));
    }

    /**
     * A phase transfer needs the plan reviewed and amended by the reg 18 deadline for the transfer date: the record
     * is dated on that deadline and counts above the line once the review is done in time. A transfer scheduled
     * again on the day given replaces the one awaiting its review, as casework supersedes its deadline.
     */
    void phaseTransferScheduled(String caseId, LocalDate on, String ref, String ruleKey, LocalDate transferOn,
            Category kind) {
        withJourney(caseId, journey -> {
            Journey current = ref.equals(journey.transferRef()) ? journey : dropPhaseTransfer(journey, on);
            LocalDate due = rules.due(ruleKey, transferOn);
            count(current, Counter.PHASE_TRANSFERS, ref, due, kind, false, 0, transferOn, due);
            journeys.update(la, current.withTransferRef(ref));
        });
    }

    /**
     * The journey ended (withdrawn, transferred out): advice still awaited is no longer owed. It counted as overdue
     * until that day and counts no more from it; it never counts as received (decision 0040).
     */
    void adviceWithdrawn(String caseId, LocalDate on) {
        withJourney(caseId, journey -> ledger.closeAll(Counter.ADVICE_OVERDUE, caseId, on));
    }

    /** The plan was reviewed and amended, or kept as it is, for a scheduled phase transfer. */
    void phaseTransferReviewed(String caseId, LocalDate on) {
        withJourney(caseId, journey -> {
            if (journey.transferRef() == null) {
                return;
            }
            ledger.first(Counter.PHASE_TRANSFERS, caseId, journey.transferRef())
                    .filter(r -> !on.isAfter(r.dueOn()))
                    .ifPresent(r -> ledger.markHit(Counter.PHASE_TRANSFERS, caseId, r.ref()));
            journeys.update(la, journey.withTransferRef(null));
        });
    }

    /**
     * The plan names its primary need, or an amended plan changes it: the journey's standing records carry it from
     * that day, its past stays put.
     */
    void needRecorded(String caseId, String need, LocalDate on) {
        withJourney(caseId, journey -> {
            if (need.equals(journey.need())) {
                return;
            }
            Journey moved = journey.withNeed(need);
            journeys.update(la, moved);
            ledger.regroup(moved, on);
        });
    }

    /** The case moved to another team: its standing records follow it from the day given, its past stays put. */
    void reassigned(String caseId, String team, LocalDate on) {
        withJourney(caseId, journey -> {
            Journey moved = journey.withTeam(team);
            journeys.update(la, moved);
            ledger.regroup(moved, on);
        });
    }

    /**
     * A plan that stops being in force, or a transfer scheduled again, before the deadline of the transfer awaiting
     * its review owes that review no more: the record is taken out of every figure. One whose deadline had already
     * passed unreviewed stays counted as late.
     */
    private Journey dropPhaseTransfer(Journey journey, LocalDate on) {
        if (journey.transferRef() == null) {
            return journey;
        }
        ledger.first(Counter.PHASE_TRANSFERS, journey.caseId(), journey.transferRef())
                .filter(r -> !r.dueOn().isBefore(on))
                .ifPresent(r -> ledger.retract(Counter.PHASE_TRANSFERS, journey.caseId(), r.ref()));
        return journey.withTransferRef(null);
    }

    private void openAssessmentClock(Journey journey, LocalDate from) {
        LocalDate due = rules.due(FINAL_PLAN, journey.requestReceivedOn());
        LocalDate overdueFrom = due.plusDays(1).isAfter(from) ? due.plusDays(1) : from;
        ledger.open(record(journey, Counter.ASSESSMENTS_OVERDUE, ASSESSMENT, overdueFrom, Category.NONE, false, 0,
                journey.requestReceivedOn(), due), journey.dateOfBirth());
    }

    private Journey startReviewClock(Journey journey, LocalDate anchor) {
        LocalDate due = rules.due(ANNUAL_REVIEW, anchor);
        ledger.open(record(journey, Counter.REVIEWS_OVERDUE, reviewRef(due), due.plusDays(1), Category.NONE, false, 0,
                anchor, due), journey.dateOfBirth());
        return journey.withReviewDueOn(due);
    }

    private void count(Journey journey, Counter counter, String ref, LocalDate on, Category category, boolean hit,
            int amount, LocalDate anchor, LocalDate due) {
        categories.remember(la, counter, category);
        ledger.count(record(journey, counter, ref, on, category, hit, amount, anchor, due));
    }

    private static CountedRecord record(Journey journey, Counter counter, String ref, LocalDate on, Category category,
            boolean hit, int amount, LocalDate anchor, LocalDate due) {
        return new CountedRecord(0, counter, journey.caseId(), journey.childId(), ref, on, null, journey.cellOn(on),
                category.code(), hit, amount, anchor, due);
    }

    private void withJourney(String caseId, java.util.function.Consumer<Journey> action) {
        journeys.find(la, caseId).ifPresent(action);
    }

    private static String reviewRef(LocalDate due) {
        return "annual-review:" + due;
    }

    private static String adviceRef(String adviceId) {
        return "advice:" + adviceId;
    }
}
