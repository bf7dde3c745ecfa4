package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.DeadlineLedger;
import static uk.send.platform.calendar.RuleKeys.DECISION_TO_ASSESS;
import static uk.send.platform.calendar.RuleKeys.DRAFT_PLAN_TARGET;
import static uk.send.platform.calendar.RuleKeys.FINAL_PLAN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.casework.AdviceRequest;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.casework.DecisionSubject;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.ExceptionEpisode;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.SenNeed;
import uk.send.platform.casework.SettingConsultation;
import uk.send.platform.casework.Stage;

/**
 * One EHC journey, rebuilt by replaying its events. {@link #apply} refuses an event the journey does not allow
 * (409) or whose date cannot be right (422) before anything changes; the steps then move the stage and open or meet
 * the statutory time limits. State is package-private so the step classes beside it can act on it.
 */
final class EhcJourney {

    private static final Map<EventType, Step> STEPS = steps();

    final LocalDate requestReceivedOn;
    final DeadlineLedger obligations;
    final Map<String, AdviceRequest> advice = new LinkedHashMap<>();
    final Map<String, SettingConsultation> consultations = new LinkedHashMap<>();
    final List<ExceptionEpisode> exceptions = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    Stage stage = Stage.REQUEST_RECEIVED;
    LocalDate lastOn;
    LocalDate endedOn;
    LocalDate finalPlanOn;
    SenNeed primaryNeed;
    SenNeed secondaryNeed;
    LocalDate lastMeetingOn;
    LocalDate amendmentsProposedOn;
    boolean amendmentsPending;
    boolean transferredIn;
    DecisionSubject mediationAbout;
    boolean mediationHeld;
    DecisionSubject appealAbout;
    int eventCount;

    private EhcJourney(LocalDate requestReceivedOn, RuleBook rules) {
        this.requestReceivedOn = requestReceivedOn;
        this.obligations = new DeadlineLedger(rules);
    }

    /** A new journey: the 6- and 20-week clocks start on the day the request is received (reg 5(1), 13(2)). */
    static EhcJourney open(LocalDate requestReceivedOn, RuleBook rules) {
        EhcJourney journey = new EhcJourney(requestReceivedOn, rules);
        journey.obligations.open(DECISION_TO_ASSESS, requestReceivedOn);
        journey.obligations.open(FINAL_PLAN, requestReceivedOn);
        journey.obligations.open(DRAFT_PLAN_TARGET, DRAFT_PLAN_TARGET, requestReceivedOn, DeadlineKind.TARGET);
        return journey;
    }

    static EhcJourney replay(LocalDate requestReceivedOn, RuleBook rules, List<CaseEvent> events) {
        EhcJourney journey = open(requestReceivedOn, rules);
        events.forEach(e -> journey.apply(e, null));
        return journey;
    }

    /** Applies the event, or throws {@link RefusedEvent} leaving the journey as it was. today: null when replaying. */
    void apply(CaseEvent event, LocalDate today) {
        JourneyRules.refusal(this, event.type()).ifPresent(reason -> {
            throw RefusedEvent.conflict(reason);
        });
        checkDate(event.on(), today);
        STEPS.get(event.type()).apply(this, event);
        lastOn = event.on();
        eventCount++;
    }

    private void checkDate(LocalDate on, LocalDate today) {
        if (on.isBefore(requestReceivedOn)) {
            throw RefusedEvent.unprocessable("on", "The date " + on + " is before the request was received on "
                    + requestReceivedOn);
        }
        if (lastOn != null && on.isBefore(lastOn)) {
            throw RefusedEvent.unprocessable("on", "Events are recorded in the order they happened: the last one was on "
                    + lastOn + ", after " + on);
        }
        if (today != null && on.isAfter(today)) {
            throw RefusedEvent.unprocessable("on", "The date " + on + " is in the future: record what has happened");
        }
    }

    /** The next steps to offer: allowed now and not skipping a duty. */
    List<EventType> allowedNext() {
        return Arrays.stream(EventType.values())
                .filter(t -> JourneyRules.refusal(this, t).isEmpty() && JourneyRules.offered(this, t)).toList();
    }

    /** A refusal or no plan: the 20-week clock stops and the final plan limit no longer applies. */
    void endWithoutPlan(Stage refused) {
        stage = refused;
        obligations.drop(FINAL_PLAN);
        obligations.drop(DRAFT_PLAN_TARGET);
    }

    /** Undoes {@link #endWithoutPlan} after an appeal or a concession reopens the journey. */
    void reopen(Stage at) {
        stage = at;
        obligations.restore(FINAL_PLAN);
        obligations.restore(DRAFT_PLAN_TARGET);
    }

    void close(Stage closed, LocalDate on) {
        stage = closed;
        endedOn = on;
        obligations.dropUnmetExcept(Set.of(DECISION_TO_ASSESS)); // the decision whether to assess always stays (contract)
    }

    /** Every limit as it stands now, with whether an exception applies to it, for publishing what changed. */
    List<DeadlineState> deadlineStates() {
        return obligations.snapshot(d -> Timeliness.exceptionApplies(this, d));
    }

    boolean hasOutstandingAdvice() {
        return advice.values().stream().anyMatch(AdviceRequest::outstanding);
    }

    boolean hasOpenException() {
        return exceptions.stream().anyMatch(ExceptionEpisode::open);
    }

    private static Map<EventType, Step> steps() {
        Map<EventType, Step> steps = new EnumMap<>(EventType.class);
        RequestSteps.register(steps);
        AssessmentSteps.register(steps);
        PlanSteps.register(steps);
        ReviewSteps.register(steps);
        ReassessmentSteps.register(steps);
        EndingSteps.register(steps);
        DisputeSteps.register(steps);
        if (steps.size() != EventType.values().length) {
            throw new IllegalStateException("Every event type needs a step; have " + steps.keySet());
        }
        return Map.copyOf(steps);
    }
}
