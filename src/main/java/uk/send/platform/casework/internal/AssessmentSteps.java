package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import uk.send.platform.casework.CaseDeadlineKeys;
import static uk.send.platform.calendar.RuleKeys.*;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.send.platform.casework.AdviceRequest;
import uk.send.platform.casework.AdviceService;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.ExceptionEpisode;
import uk.send.platform.casework.ExceptionGround;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.Stage;

/** From the decision to assess to the final plan: advice, exceptions, the decision to issue and the draft. */
final class AssessmentSteps {

    static final String ADVICE_PREFIX = CaseDeadlineKeys.ADVICE_PREFIX;

    private AssessmentSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.ADVICE_REQUESTED, AssessmentSteps::adviceRequested);
        steps.put(EventType.ADVICE_RECEIVED, AssessmentSteps::adviceReceived);
        steps.put(EventType.EXCEPTION_STARTED, AssessmentSteps::exceptionStarted);
        steps.put(EventType.EXCEPTION_ENDED, AssessmentSteps::exceptionEnded);
        steps.put(EventType.DECIDED_TO_ISSUE, (j, e) -> j.stage = Stage.DRAFTING);
        steps.put(EventType.DECIDED_NOT_TO_ISSUE, AssessmentSteps::decidedNotToIssue);
        steps.put(EventType.DRAFT_PLAN_ISSUED, AssessmentSteps::draftPlanIssued);
    }

    private static void adviceRequested(EhcJourney j, CaseEvent e) {
        if (j.advice.containsKey(e.ref())) {
            throw RefusedEvent.unprocessable("adviceId", "Advice request " + e.ref() + " is already on this case");
        }
        if (j.stage == Stage.REQUEST_RECEIVED) {
            j.warnings.add("Advice was requested on " + e.on() + ", before the decision to assess; advice under "
                    + "reg 6 is sought for an assessment");
        }
        TrackedDeadline due = j.obligations.open(ADVICE_PREFIX + e.ref(), ADVICE, e.on(), DeadlineKind.DUTY);
        j.advice.put(e.ref(), new AdviceRequest(e.ref(), e.code(AdviceService.class), e.party(), e.on(), due.dueOn(),
                null));
    }

    private static void adviceReceived(EhcJourney j, CaseEvent e) {
        AdviceRequest request = outstandingAdvice(j, e.ref());
        j.advice.put(request.adviceId(), request.receivedOn(e.on()));
        j.obligations.meet(ADVICE_PREFIX + request.adviceId(), e.on());
    }

    /** An episode for an advice request excuses only that request (reg 8(2)); otherwise it is the case's (reg 10(4)). */
    private static void exceptionStarted(EhcJourney j, CaseEvent e) {
        ExceptionGround ground = e.code(ExceptionGround.class);
        if (e.ref() != null) {
            outstandingAdvice(j, e.ref());
            if (!ground.excusesAdvice()) {
                throw RefusedEvent.unprocessable("ground", ground.label() + " does not excuse an advice-giver (reg 8(2))");
            }
        } else if (ground == ExceptionGround.MISSED_APPOINTMENT) {
            throw RefusedEvent.unprocessable("adviceId",
                    "A missed appointment excuses only the advice it was for (reg 8(2)(c)): give the adviceId");
        }
        if (e.otherOn() != null && e.otherOn().isBefore(j.requestReceivedOn)) {
            throw RefusedEvent.unprocessable("familyToldOn", "The family cannot have been told before the request");
        }
        openEpisode(j, e.ref()).ifPresent(open -> {
            throw RefusedEvent.conflict("An exception has been open since " + open.startedOn() + "; end it first");
        });
        j.exceptions.add(new ExceptionEpisode(ground, e.on(), null, e.reasons(), e.otherOn(), e.ref()));
    }

    private static void exceptionEnded(EhcJourney j, CaseEvent e) {
        ExceptionEpisode open = openEpisode(j, e.ref()).orElseThrow(() -> RefusedEvent.conflict(
                e.ref() == null ? "No exception is open on this case" : "No exception is open for advice " + e.ref()));
        j.exceptions.set(j.exceptions.indexOf(open), open.endedOn(e.on()));
    }

    /** The notice is the decision's date (SEN2 AssessmentOutcomeDate "the date the person was told"). */
    private static void decidedNotToIssue(EhcJourney j, CaseEvent e) {
        j.obligations.open(NO_PLAN_NOTICE, j.requestReceivedOn).meet(e.on());
        j.endWithoutPlan(Stage.NOT_ISSUING);
    }

    private static void draftPlanIssued(EhcJourney j, CaseEvent e) {
        j.obligations.open(REPRESENTATIONS, REPRESENTATIONS, e.on(), DeadlineKind.WINDOW);
        j.obligations.meet(DRAFT_PLAN_TARGET, e.on());
        j.stage = Stage.DRAFT_ISSUED;
    }

    static AdviceRequest outstandingAdvice(EhcJourney j, String adviceId) {
        AdviceRequest request = j.advice.get(adviceId);
        if (request == null) {
            throw RefusedEvent.unprocessable("adviceId", "There is no advice request " + adviceId + " on this case");
        }
        if (!request.outstanding()) {
            throw RefusedEvent.conflict("Advice " + adviceId + " was already received on " + request.receivedOn());
        }
        return request;
    }

    static Optional<ExceptionEpisode> openEpisode(EhcJourney j, String adviceId) {
        return j.exceptions.stream().filter(ExceptionEpisode::open)
                .filter(ep -> Objects.equals(ep.adviceId(), adviceId)).findFirst();
    }
}
