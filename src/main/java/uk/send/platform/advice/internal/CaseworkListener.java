package uk.send.platform.advice.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceReceived;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.casework.CaseClosed;
import uk.send.platform.casework.CaseOpened;
import uk.send.platform.casework.DecisionToAssessMade;
import uk.send.platform.casework.DecisionToIssueMade;
import uk.send.platform.casework.FinalPlanIssued;

/**
 * A projection, not a reaction ({@code @EventListener}, in the case event's transaction): the advice requests must
 * match the case history exactly, so they are written with the event or not at all. Emails are reactions
 * ({@link NewRequestEmail}).
 * <p>
 * Follows the EHC journeys through casework's events. The listeners run synchronously inside the transaction that
 * recorded the case event, so a case event that is refused or rolled back leaves no advice request behind, and a
 * failure here refuses the case event too.
 */
@Component
class CaseworkListener {

    private final AdviceIntake intake;
    private final CaseClocks clocks;
    private final AdviceClock clock;

    CaseworkListener(AdviceIntake intake, CaseClocks clocks, AdviceClock clock) {
        this.intake = intake;
        this.clocks = clocks;
        this.clock = clock;
    }

    @EventListener
    void on(AdviceRequested e) {
        intake.requested(e.caseId(), e.adviceId(), e.childId(), AdviceKind.valueOf(e.service().name()),
                e.recipient(), e.requestedOn());
    }

    @EventListener
    void on(AdviceReceived e) {
        intake.receivedOnCase(e.caseId(), e.adviceId(), e.receivedOn());
    }

    @EventListener
    void on(CaseClosed e) {
        intake.caseClosed(e.caseId(), e.closedOn());
        clocks.noPlan(e.caseId());
    }

    @EventListener
    void on(CaseOpened e) {
        clocks.opened(e.caseId(), e.childId(), e.requestReceivedOn(), clock.finalPlanDue(e.requestReceivedOn()));
    }

    @EventListener
    void on(DecisionToAssessMade e) {
        if (!e.toAssess()) {
            clocks.noPlan(e.caseId());
        }
    }

    @EventListener
    void on(DecisionToIssueMade e) {
        if (!e.toIssue()) {
            clocks.noPlan(e.caseId());
        }
    }

    @EventListener
    void on(FinalPlanIssued e) {
        clocks.finalPlanIssued(e.caseId(), e.issuedOn());
    }
}
