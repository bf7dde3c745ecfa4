package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import uk.send.platform.casework.CaseDeadlineKeys;
import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceReceived;
import uk.send.platform.casework.AdviceRequest;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.casework.AmendedPlanIssued;
import uk.send.platform.casework.CaseClosed;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.casework.CaseOpened;
import uk.send.platform.casework.CeaseReason;
import uk.send.platform.casework.DecisionToAssessMade;
import uk.send.platform.casework.DecisionToIssueMade;
import uk.send.platform.casework.DraftPlanIssued;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.FinalPlanIssued;
import uk.send.platform.casework.PhaseTransferKind;
import uk.send.platform.casework.PhaseTransferScheduled;
import uk.send.platform.casework.PlanCeased;
import uk.send.platform.casework.ReviewDecisionMade;
import uk.send.platform.casework.ReviewOutcome;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineLedger;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.deadlines.DeadlineStatus;

/** Tells other modules what happened on a journey, as past-tense application events inside the transaction. */
@Component
class JourneyEvents {

    /** The owner named on every {@link DeadlineChanged} casework publishes. */
    static final String OWNER = CaseDeadlineKeys.OWNER;

    private final ApplicationEventPublisher publisher;

    JourneyEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void opened(CaseHeader c, EhcJourney journey) {
        openingEvents(c, journey).forEach(publisher::publishEvent);
    }

    void recorded(CaseHeader c, CaseEvent e, List<DeadlineState> before, EhcJourney after) {
        published(c, e, before, after).forEach(publisher::publishEvent);
    }

    /** A journey opened: CaseOpened, then the limits the request started (reg 5(1), 13(2)). */
    static List<Object> openingEvents(CaseHeader c, EhcJourney journey) {
        List<Object> events = new ArrayList<>();
        events.add(opening(c));
        events.addAll(deadlineChanges(c, c.requestReceivedOn(), List.of(), journey));
        return events;
    }

    static CaseOpened opening(CaseHeader c) {
        return new CaseOpened(c.id(), c.childId(), c.requestReceivedOn(), c.requestSource(), c.caseworker(), c.team());
    }

    /**
     * What an event tells other modules, in order: the deadlines it changed (casework owns every deadline; others
     * take its dates), its own event if it has one, then CaseEventRecorded.
     */
    static List<Object> published(CaseHeader c, CaseEvent e, List<DeadlineState> before, EhcJourney after) {
        List<Object> events = new ArrayList<>(deadlineChanges(c, e.on(), before, after));
        Object specific = specific(c, e, after);
        if (specific != null) {
            events.add(specific);
        }
        events.add(new CaseEventRecorded(c.id(), c.childId(), e.seq(), e.type(), e.on(), after.stage, e.recordedBy()));
        return events;
    }

    private static List<DeadlineChanged> deadlineChanges(CaseHeader c, LocalDate on, List<DeadlineState> before,
            EhcJourney after) {
        return DeadlineLedger.changes(OWNER, c.id(), c.childId(), on, before, after.deadlineStates());
    }

    private static Object specific(CaseHeader c, CaseEvent e, EhcJourney j) {
        String id = c.id();
        String child = c.childId();
        return switch (e.type()) {
            case DECIDED_TO_ASSESS, DECIDED_NOT_TO_ASSESS -> new DecisionToAssessMade(id, child, e.on(),
                    e.type() == EventType.DECIDED_TO_ASSESS, due(j, DECISION_TO_ASSESS), status(j, DECISION_TO_ASSESS));
            case ADVICE_REQUESTED -> {
                AdviceRequest r = j.advice.get(e.ref());
                yield new AdviceRequested(id, child, r.adviceId(), r.service(), r.recipient(), r.requestedOn(), r.dueOn());
            }
            case ADVICE_RECEIVED -> new AdviceReceived(id, child, e.ref(), e.on(), j.advice.get(e.ref()).dueOn());
            case DECIDED_TO_ISSUE, DECIDED_NOT_TO_ISSUE -> new DecisionToIssueMade(id, child, e.on(),
                    e.type() == EventType.DECIDED_TO_ISSUE);
            case DRAFT_PLAN_ISSUED -> new DraftPlanIssued(id, child, e.on(), due(j, REPRESENTATIONS));
            case FINAL_PLAN_ISSUED -> new FinalPlanIssued(id, child, e.on(), c.requestReceivedOn(),
                    Boolean.TRUE.equals(Timeliness.within20Weeks(j)), Timeliness.exceptionApplies(j),
                    j.primaryNeed, j.secondaryNeed, due(j, FINAL_PLAN));
            case REVIEW_DECISION_MADE -> new ReviewDecisionMade(id, child, j.lastMeetingOn, e.on(),
                    e.outcome(ReviewOutcome.class), due(j, REVIEW_DECISION), status(j, REVIEW_DECISION));
            case AMENDED_PLAN_ISSUED -> new AmendedPlanIssued(id, child, e.on(), j.primaryNeed, j.secondaryNeed);
            case PHASE_TRANSFER_SCHEDULED -> new PhaseTransferScheduled(id, child, e.on(),
                    e.code(PhaseTransferKind.class), e.otherOn(), due(j, ReviewSteps.PHASE_TRANSFER));
            case PLAN_CEASED -> new PlanCeased(id, child, e.on(), e.code(CeaseReason.class));
            case WITHDRAWN, TRANSFERRED_OUT -> new CaseClosed(id, child, e.on(), j.stage);
            default -> null;
        };
    }

    private static LocalDate due(EhcJourney j, String key) {
        return j.obligations.current(key).map(TrackedDeadline::dueOn).orElse(null);
    }

    private static DeadlineStatus status(EhcJourney j, String key) {
        return j.obligations.current(key).map(TrackedDeadline::settledStatus).orElse(null);
    }
}
