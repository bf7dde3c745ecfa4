package uk.send.platform.casework.internal;

import java.util.Map;
import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.casework.CeaseReason;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.ReviewOutcome;
import uk.send.platform.casework.Stage;

/** Ceasing a plan (CFA 2014 s45; regs 29-31) and transferring it to another authority on a house move (reg 15). */
final class EndingSteps {

    private EndingSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.CEASE_CONSIDERED, (j, e) -> j.stage = Stage.CEASING);
        steps.put(EventType.CEASE_DECISION_MADE, EndingSteps::ceaseDecisionMade);
        steps.put(EventType.PLAN_CEASED, EndingSteps::planCeased);
        steps.put(EventType.MOVE_NOTIFIED, EndingSteps::moveNotified);
        steps.put(EventType.TRANSFERRED_OUT, (j, e) -> {
            j.obligations.meet(RuleKeys.TRANSFER_OUT, e.on());
            j.close(Stage.TRANSFERRED_OUT, e.on());
        });
    }

    /** A plan ceased because it went to another authority (SEN2 reason 5) is the transfer reg 15(2) asks for. */
    private static void planCeased(EhcJourney j, CaseEvent e) {
        if (e.code(CeaseReason.class) == CeaseReason.TRANSFERRED_TO_ANOTHER_LA) {
            j.obligations.meet(RuleKeys.TRANSFER_OUT, e.on());
        }
        j.close(Stage.CEASED, e.on());
    }

    /**
     * The day the authority became aware of a move to another authority's area (the event's date) and the move date:
     * the plan transfers on the day of the move, or within 15 working days of learning of it if that was late
     * (reg 15(2)). A later notice of the same move (a new date) supersedes the earlier limit.
     */
    private static void moveNotified(EhcJourney j, CaseEvent e) {
        j.obligations.add(j.obligations.rules().houseMoveTransfer(e.on(), e.otherOn()), DeadlineKind.DUTY);
    }

    /**
     * After consulting (reg 31(1)) the LA decides (reg 31(2)). A decision to cease leaves the plan in force until
     * the appeal period ends (PLAN_CEASED records that day, SEN2 CeaseDate); a decision to keep it returns to normal.
     */
    private static void ceaseDecisionMade(EhcJourney j, CaseEvent e) {
        ReviewOutcome outcome = e.outcome(ReviewOutcome.class);
        if (outcome == ReviewOutcome.AMEND) {
            throw RefusedEvent.unprocessable("outcome", "A decision on ceasing is CEASE or MAINTAIN");
        }
        if (outcome == ReviewOutcome.MAINTAIN) {
            j.stage = Stage.PLAN_MAINTAINED;
        }
    }
}
