package uk.send.platform.insight.internal;

import java.time.LocalDate;
import uk.send.platform.casework.CaseDeadlineKeys;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.LocalArea;

/**
 * What happened on EHC journeys, in insight's words, turned into counted records. Every due date, and whether a
 * limit was met in time, is casework's, as it published them (decision 0050): insight stores what it was told and
 * never works a date out. Each method is safe to call twice with the same fact: nothing is counted twice. Facts
 * about a journey insight has not seen opened are ignored.
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
    private final String la;

    JourneyFacts(Journeys journeys, Ledger ledger, AdviceRequestFacts advice, Categories categories,
            LocalArea localArea) {
        this.journeys = journeys;
        this.ledger = ledger;
        this.advice = advice;
        this.categories = categories;
        this.la = localArea.code();
    }

    /** A request for assessment opened a journey: counted as a request. */
    void opened(Journey journey, Category source) {
        if (journeys.insert(la, journey)) {
            count(journey, Counter.REQUESTS, REQUEST, journey.requestReceivedOn(), source, true, 0, null, null);
        }
    }

    /**
     * Casework's limit for a first plan runs: from the request, or again from the day an appeal reopened the journey.
     * Once its due date has passed with no plan, the assessment counts as overdue.
     */
    void planLimitRunning(String caseId, LocalDate from, Limit limit) {
        withJourney(caseId, journey -> {
            if (!journey.transferredIn()) {
                openOverdue(journey, Counter.ASSESSMENTS_OVERDUE, ASSESSMENT, from, limit, Category.NONE);
            }
        });
    }

    /** The limit for a first plan was met by the plan, or stopped applying (a refusal, a withdrawal, a transfer in). */
    void planLimitStopped(String caseId, LocalDate on) {
        ledger.close(Counter.ASSESSMENTS_OVERDUE, caseId, ASSESSMENT, on);
    }

    /** The journey began with a plan transferred in (reg 15): it was never a request nor an assessment. */
    void transferredIn(String caseId) {
        withJourney(caseId, journey -> {
            ledger.retract(Counter.REQUESTS, caseId, REQUEST);
            ledger.close(Counter.ASSESSMENTS_OVERDUE, caseId, ASSESSMENT, journey.requestReceivedOn());
            journeys.update(la, journey.asTransferredIn());
        });
    }

    /**
     * Decided to assess or not, in time or not as casework judged it against its limit (reg 5(1)), which runs from
     * the request.
     */
    void decidedWhetherToAssess(String caseId, LocalDate on, boolean toAssess, LocalDate dueOn, boolean inTime) {
        withJourney(caseId, journey -> count(journey, Counter.ASSESSMENT_DECISIONS, DECISION, on,
                toAssess ? Category.ASSESS : Category.NOT_ASSESS, inTime, 0, journey.requestReceivedOn(), dueOn));
    }

    /**
     * A first final plan, in time or not as casework judged it against its 20 weeks (reg 13(2)); the amount is the
     * days it took. Plans transferred in are not new plans and are not counted.
     */
    void finalPlanIssued(String caseId, LocalDate on, boolean exceptionApplies, Limit limit) {
        withJourney(caseId, journey -> {
            if (journey.transferredIn()) {
                return;
            }
            int days = (int) ChronoUnit.DAYS.between(limit.anchorOn(), on);
            count(journey, Counter.PLANS_ISSUED, FINAL_PLAN_REF, on,
                    exceptionApplies ? Category.EXCEPTION : Category.NO_EXCEPTION, limit.metInTime(), days,
                    limit.anchorOn(), limit.dueOn());
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
            if (was == JourneyPhase.PLAN_IN_FORCE) {
                ledger.close(Counter.PLANS_IN_FORCE, caseId, PLAN, on);
                moved = dropPhaseTransfer(moved, on);
            }
            if (next == JourneyPhase.PLAN_IN_FORCE) {
                ledger.open(record(moved, Counter.PLANS_IN_FORCE, PLAN, on, Category.NONE, false, 0, on, null),
                        moved.dateOfBirth());
            }
            journeys.update(la, moved);
        });
    }

    /**
     * Casework's annual review limit runs (CFA 2014 s44(1)): from a first plan, a plan transferred in, or the last
     * review meeting. Once its due date has passed with no meeting, the review counts as overdue.
     */
    void reviewLimitRunning(String caseId, LocalDate from, Limit limit) {
        withJourney(caseId, journey -> {
            openOverdue(journey, Counter.REVIEWS_OVERDUE, reviewRef(limit.dueOn()), from, limit, Category.NONE);
            journeys.update(la, journey.withReviewDueOn(limit.dueOn()));
        });
    }

    /**
     * The annual review limit due on the day given was met by a review meeting, or stopped applying (the plan ceased
     * or moved away).
     */
    void reviewLimitStopped(String caseId, LocalDate on, LocalDate dueOn) {
        ledger.close(Counter.REVIEWS_OVERDUE, caseId, reviewRef(dueOn), on);
    }

    /** A review decision, in time or not as casework judged it against the meeting's limit (reg 20(10)). */
    void reviewDecided(String caseId, LocalDate meetingOn, LocalDate on, Category outcome, Limit limit) {
        withJourney(caseId, journey -> count(journey, Counter.REVIEW_DECISIONS, "review:" + meetingOn, on, outcome,
                limit.metInTime(), 0, limit.anchorOn(), limit.dueOn()));
    }

    void planCeased(String caseId, LocalDate on, Category reason) {
        withJourney(caseId, journey -> count(journey, Counter.PLANS_CEASED, CEASED, on, reason, true, 0, null, null));
    }

    /** Advice asked of a service (reg 8(1)): unreturned after casework's due date for it, it is overdue. */
    void adviceRequested(String caseId, String adviceId, Category service, Limit limit) {
        withJourney(caseId, journey -> {
            if (!advice.insert(la, new AdviceRequestFacts.Request(adviceId, caseId, service.code(), limit.anchorOn(),
                    limit.dueOn()))) {
                return;
            }
            categories.remember(la, Counter.ADVICE_OVERDUE, service);
            openOverdue(journey, Counter.ADVICE_OVERDUE, adviceRef(adviceId), limit.anchorOn(), limit, service);
        });
    }

    /** Advice came back: counted on the day, in time or not as casework judged it against its limit. */
    void adviceReceived(String caseId, String adviceId, LocalDate receivedOn, Limit limit) {
        withJourney(caseId, journey -> advice.find(la, caseId, adviceId).ifPresent(request -> {
            ledger.close(Counter.ADVICE_OVERDUE, caseId, adviceRef(adviceId), receivedOn);
            Category service = new Category(request.service(),
                    categories.of(la, Counter.ADVICE_OVERDUE).getOrDefault(request.service(), request.service()));
            count(journey, Counter.ADVICE_RETURNED, adviceRef(adviceId), receivedOn, service, limit.metInTime(), 0,
                    limit.anchorOn(), limit.dueOn());
        }));
    }

    /**
     * A phase transfer needs the plan reviewed and amended by casework's reg 18 deadline for the transfer date (the
     * limit's anchor): the record is dated on that deadline and counts above the line once the review is done in
     * time. A transfer scheduled again on the day given replaces the one awaiting its review, as casework supersedes
     * its deadline.
     */
    void phaseTransferScheduled(String caseId, LocalDate on, String ref, Limit limit, Category kind) {
        withJourney(caseId, journey -> {
            Journey current = ref.equals(journey.transferRef()) ? journey : dropPhaseTransfer(journey, on);
            count(current, Counter.PHASE_TRANSFERS, ref, limit.dueOn(), kind, false, 0, limit.anchorOn(),
                    limit.dueOn());
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

    /**
     * The plan was reviewed and amended, or kept as it is, for a scheduled phase transfer: above the line when
     * casework judged it done by the deadline.
     */
    void phaseTransferReviewed(String caseId, boolean inTime) {
        withJourney(caseId, journey -> {
            if (journey.transferRef() == null) {
                return;
            }
            if (inTime) {
                ledger.markHit(Counter.PHASE_TRANSFERS, caseId, journey.transferRef());
            }
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

    /** A stock record of a limit still unmet after its due date: it stands from the later of the next day and from. */
    private void openOverdue(Journey journey, Counter counter, String ref, LocalDate from, Limit limit,
            Category category) {
        LocalDate overdueFrom = limit.overdueFrom().isAfter(from) ? limit.overdueFrom() : from;
        ledger.open(record(journey, counter, ref, overdueFrom, category, false, 0, limit.anchorOn(), limit.dueOn()),
                journey.dateOfBirth());
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
        return CaseDeadlineKeys.advice(adviceId);
    }
}
