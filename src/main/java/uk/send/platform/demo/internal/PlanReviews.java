package uk.send.platform.demo.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.ReviewOutcome;

/**
 * The years of one plan in force, up to today: a review meeting around each anniversary (CFA 2014 s44), the decision
 * usually within 4 weeks (reg 20(10)), amendments after some. Ahead of a move between phases of education the
 * transfer is scheduled in the autumn before it and that year's review becomes the phase transfer review (reg 18):
 * most plans are amended, or confirmed, before 15 February or 31 March, some after. Nothing is recorded after today.
 */
final class PlanReviews {

    /** Share of proposed amendments the authority decides not to make (reg 22(4)). */
    private static final int NOT_AMENDED_PERCENT = 8;
    /** Share of annual reviews that lead to amendments. */
    private static final int AMENDED_PERCENT = 30;
    /** Share of phase transfer reviews finished before the reg 18 deadline: most, not all (not published). */
    static final int TRANSFERS_IN_TIME_PERCENT = 75;
    /** Share of phase transfer reviews that amend the plan, usually to name the new school or college. */
    static final int TRANSFERS_AMENDED_PERCENT = 80;

    private final Random random;
    private final LocalDate today;
    private final SyntheticNeeds needs;
    private final List<NewEvent> events = new ArrayList<>();
    private SyntheticNeeds.Needs named;
    /** The plan's date or its last review meeting: the next review is due within 12 months of it. */
    private LocalDate lastReviewed;
    private LocalDate lastOn;

    private PlanReviews(Random random, LocalDate today, SyntheticNeeds needs, LocalDate planOn,
            SyntheticNeeds.Needs named) {
        this.random = random;
        this.today = today;
        this.needs = needs;
        this.named = named;
        this.lastReviewed = planOn;
        this.lastOn = planOn;
    }

    /**
     * The reviews of a plan issued on the day, naming these needs, and of the phase transfers ahead of the child.
     * With amendPending, amendments proposed in the last four months are still awaiting the amended plan.
     */
    static List<NewEvent> since(Random random, LocalDate today, SyntheticNeeds needs, LocalDate planOn,
            SyntheticNeeds.Needs named, List<PhaseTransfers.PhaseTransfer> transfers, boolean amendPending) {
        PlanReviews reviews = new PlanReviews(random, today, needs, planOn, named);
        reviews.toToday(transfers, amendPending);
        return reviews.events;
    }

    /**
     * A review around each anniversary until the next would not be past; the first one falling from the August before
     * a move is that move's phase transfer review.
     */
    private void toToday(List<PhaseTransfers.PhaseTransfer> transfers, boolean amendPending) {
        Deque<PhaseTransfers.PhaseTransfer> ahead = new ArrayDeque<>(transfers.stream()
                .filter(t -> t.autumnBefore().isAfter(lastOn)).toList());
        boolean goingOn = true;
        while (goingOn) {
            LocalDate meeting = lastReviewed.plusMonths(11).plusDays(random.nextInt(random.nextInt(100) < 20 ? 80 : 28));
            if (!ahead.isEmpty() && !meeting.isBefore(ahead.peek().autumnBefore().minusMonths(1))) {
                goingOn = phaseTransferReview(ahead.pop(), meeting);
            } else {
                goingOn = meeting.isBefore(today.minusDays(5)) && annualReview(meeting, amendPending);
            }
        }
    }

    /** An annual review; false when the history reaches today before the review is done. */
    private boolean annualReview(LocalDate meeting, boolean amendPending) {
        if (!reviewMeeting(meeting)) {
            return false;
        }
        LocalDate decided = meeting.plusDays(random.nextInt(100) < 62 ? 7 + random.nextInt(21) : 29 + random.nextInt(30));
        boolean amend = random.nextInt(100) < AMENDED_PERCENT;
        if (!decision(decided, amend)) {
            return false;
        }
        if (!amend) {
            return true;
        }
        LocalDate amended = decided.plusDays(30 + random.nextInt(40));
        if (amendPending && decided.isAfter(today.minusDays(120))) {
            return false;
        }
        return record(random.nextInt(100) < NOT_AMENDED_PERCENT
                ? NewEvent.of(EventType.DECIDED_NOT_TO_AMEND, amended)
                        .with("reasons", "The representations showed the plan still meets the needs")
                : amendedPlan(amended));
    }

    /**
     * The transfer is scheduled early in the autumn term before it, and the review meeting follows: in time, by the
     * anniversary at the latest; late, around the deadline. The decision confirms the plan, or amends it to name
     * the new setting. False when the history reaches today before the review is done.
     */
    private boolean phaseTransferReview(PhaseTransfers.PhaseTransfer transfer, LocalDate anniversary) {
        boolean inTime = random.nextInt(100) < TRANSFERS_IN_TIME_PERCENT;
        LocalDate scheduled = latest(lastOn.plusDays(1), transfer.autumnBefore().plusDays(random.nextInt(45)));
        LocalDate meeting = latest(scheduled.plusDays(7), inTime
                ? earliest(anniversary, scheduled.plusDays(14 + random.nextInt(40)))
                : transfer.deadline().minusDays(45).plusDays(random.nextInt(100)));
        if (!record(NewEvent.of(EventType.PHASE_TRANSFER_SCHEDULED, scheduled).with("kind", transfer.kind())
                .with("transferOn", transfer.on())) || !reviewMeeting(meeting)) {
            return false;
        }
        LocalDate decided = meeting.plusDays(5 + random.nextInt(inTime ? 21 : 35));
        boolean amend = random.nextInt(100) < TRANSFERS_AMENDED_PERCENT;
        if (!decision(decided, amend)) {
            return false;
        }
        if (!amend) {
            return true;
        }
        LocalDate amended = decided.plusDays(21 + random.nextInt(inTime ? 30 : 40));
        if (inTime && amended.isAfter(transfer.deadline())) {
            amended = latest(decided.plusDays(15), transfer.deadline().minusDays(random.nextInt(7)));
        }
        return record(amendedPlan(amended));
    }

    private boolean reviewMeeting(LocalDate meeting) {
        if (!record(NewEvent.of(EventType.REVIEW_MEETING_HELD, meeting))) {
            return false;
        }
        lastReviewed = meeting;
        return true;
    }

    /**
     * The review decision: keep the plan as it is, or amend it with the proposals sent alongside (R (L) v Devon CC
     * [2022] EWHC 493). False when it is not made by today.
     */
    private boolean decision(LocalDate decided, boolean amend) {
        if (!record(NewEvent.of(EventType.REVIEW_DECISION_MADE, decided)
                .with("outcome", amend ? ReviewOutcome.AMEND : ReviewOutcome.MAINTAIN))) {
            return false;
        }
        if (amend) {
            record(NewEvent.of(EventType.AMENDMENTS_PROPOSED, decided));
        }
        return true;
    }

    /** The amended plan; now and then it changes the primary need, restating the secondary with it. */
    private NewEvent amendedPlan(LocalDate on) {
        NewEvent amended = NewEvent.of(EventType.AMENDED_PLAN_ISSUED, on);
        var changed = needs.changedByAmendment(named);
        if (changed.isEmpty()) {
            return amended;
        }
        named = changed.get();
        return amended.with("primaryNeed", named.primary()).with("secondaryNeed", named.secondary());
    }

    /** Records the event if it has happened by today; false (and nothing recorded) if it has not. */
    private boolean record(NewEvent event) {
        if (event.on().isAfter(today)) {
            return false;
        }
        events.add(event);
        lastOn = event.on();
        return true;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
