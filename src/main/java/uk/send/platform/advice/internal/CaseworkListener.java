package uk.send.platform.advice.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceReceived;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.casework.CaseClosed;
import uk.send.platform.deadlines.DeadlineChanged;

/**
 * A projection, not a reaction ({@code @EventListener}, in the case event's transaction): the advice requests must
 * match the case history exactly, so they are written with the event or not at all. Emails are reactions
 * ({@link NewRequestEmail}).
 * <p>
 * Follows the EHC journeys through casework's events. The listeners run synchronously inside the transaction that
 * recorded the case event, so a case event that is refused or rolled back leaves no advice request behind, and a
 * failure here refuses the case event too. Every date comes from casework: the advice due date on AdviceRequested,
 * and the limits advice follows (final plan, advice requests) from DeadlineChanged.
 */
@Component
class CaseworkListener {

    private final AdviceIntake intake;
    private final CaseDeadlines deadlines;

    CaseworkListener(AdviceIntake intake, CaseDeadlines deadlines) {
        this.intake = intake;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(AdviceRequested e) {
        intake.requested(e.caseId(), e.adviceId(), e.childId(), AdviceKind.valueOf(e.service().name()),
                e.recipient(), e.requestedOn(), e.dueOn());
    }

    @EventListener
    void on(AdviceReceived e) {
        intake.receivedOnCase(e.caseId(), e.adviceId(), e.receivedOn());
    }

    @EventListener
    void on(CaseClosed e) {
        intake.caseClosed(e.caseId(), e.closedOn());
    }

    @EventListener
    void on(DeadlineChanged e) {
        deadlines.follow(e);
    }
}
