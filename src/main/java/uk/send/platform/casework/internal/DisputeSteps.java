package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.Map;
import uk.send.platform.casework.AppealOutcome;
import uk.send.platform.casework.DecisionSubject;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.Stage;

/**
 * Mediation (regs 32-34) and appeals to the First-tier Tribunal (SEND). A concession starts the reg 45 limits; a
 * concession or an appeal won by the family reopens the decision it was about.
 */
final class DisputeSteps {

    private DisputeSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.MEDIATION_REQUESTED, (j, e) -> {
            j.mediationAbout = e.code(DecisionSubject.class);
            j.mediationHeld = false;
        });
        steps.put(EventType.MEDIATION_HELD, (j, e) -> {
            j.mediationHeld = true;
            j.obligations.open(MEDIATION_CERTIFICATE, e.on());
        });
        steps.put(EventType.MEDIATION_CERTIFICATE_ISSUED, (j, e) -> {
            j.obligations.meet(MEDIATION_CERTIFICATE, e.on());
            j.mediationAbout = null;
        });
        steps.put(EventType.APPEAL_LODGED, (j, e) -> j.appealAbout = e.code(DecisionSubject.class));
        steps.put(EventType.APPEAL_CONCEDED, DisputeSteps::appealConceded);
        steps.put(EventType.APPEAL_DECIDED, DisputeSteps::appealDecided);
    }

    /** Unopposed appeals, reg 45 as substituted by SI 2015/359: 2 weeks to assess, 14 weeks to a plan, 5 to amend. */
    private static void appealConceded(EhcJourney j, CaseEvent e) {
        DecisionSubject about = j.appealAbout;
        switch (about) {
            case ASSESS, REASSESS -> j.obligations.open(UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, e.on());
            case ISSUE -> j.obligations.open(UNOPPOSED_APPEAL_FINAL_PLAN, e.on());
            case PLAN_CONTENT, PLACEMENT -> j.obligations.open(UNOPPOSED_APPEAL_AMENDED_PLAN, e.on());
            default -> { }
        }
        reopen(j, about, e.on());
    }

    private static void appealDecided(EhcJourney j, CaseEvent e) {
        DecisionSubject about = j.appealAbout;
        if (e.outcome(AppealOutcome.class).favoursFamily()) {
            reopen(j, about, e.on());
        }
        j.appealAbout = null;
    }

    private static void reopen(EhcJourney j, DecisionSubject about, LocalDate on) {
        j.appealAbout = null;
        switch (about) {
            case ASSESS -> {
                if (j.stage == Stage.NOT_ASSESSING) {
                    j.reopen(Stage.REQUEST_RECEIVED);
                }
            }
            case ISSUE -> {
                if (j.stage == Stage.NOT_ISSUING) {
                    j.reopen(Stage.ASSESSMENT);
                }
            }
            case PLAN_CONTENT, PLACEMENT -> {
                if (j.stage.planInForce()) {
                    j.stage = Stage.AMENDMENT;
                    j.amendmentsPending = true;
                    j.amendmentsProposedOn = on;
                }
            }
            case REASSESS -> {
                if (j.stage.planInForce()) {
                    j.obligations.open(REASSESSMENT_PLAN, on);
                    j.stage = Stage.REASSESSMENT;
                }
            }
            case CEASE -> {
                if (j.stage == Stage.CEASING) {
                    j.stage = Stage.PLAN_MAINTAINED;
                }
            }
            default -> { }
        }
    }
}
