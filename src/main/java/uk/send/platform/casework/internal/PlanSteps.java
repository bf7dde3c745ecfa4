package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import static uk.send.platform.calendar.RuleKeys.*;

import java.util.Map;
import uk.send.platform.casework.Agreement;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.SettingConsultation;
import uk.send.platform.casework.Stage;

/** From the draft to the final plan: representations, consultation with settings, and issuing the plan. */
final class PlanSteps {

    static final String CONSULTATION_PREFIX = SETTING_CONSULTATION + ":";

    private PlanSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.REPRESENTATIONS_RECEIVED, (j, e) -> j.obligations.meet(REPRESENTATIONS, e.on()));
        steps.put(EventType.SETTING_CONSULTED, PlanSteps::settingConsulted);
        steps.put(EventType.SETTING_RESPONDED, PlanSteps::settingResponded);
        steps.put(EventType.FINAL_PLAN_ISSUED, PlanSteps::finalPlanIssued);
    }

    private static void settingConsulted(EhcJourney j, CaseEvent e) {
        if (j.consultations.containsKey(e.ref())) {
            throw RefusedEvent.unprocessable("consultationId", "Consultation " + e.ref() + " is already on this case");
        }
        TrackedDeadline due = j.obligations.open(CONSULTATION_PREFIX + e.ref(), SETTING_CONSULTATION, e.on(),
                DeadlineKind.DUTY);
        j.consultations.put(e.ref(), new SettingConsultation(e.ref(), e.party(), e.on(), due.dueOn(), null, null));
    }

    private static void settingResponded(EhcJourney j, CaseEvent e) {
        SettingConsultation consultation = j.consultations.get(e.ref());
        if (consultation == null) {
            throw RefusedEvent.unprocessable("consultationId", "There is no consultation " + e.ref() + " on this case");
        }
        if (!consultation.outstanding()) {
            throw RefusedEvent.conflict(consultation.setting() + " already answered on " + consultation.respondedOn());
        }
        j.consultations.put(e.ref(), consultation.answered(e.on(), e.outcome(Agreement.class)));
        j.obligations.meet(CONSULTATION_PREFIX + e.ref(), e.on());
    }

    /**
     * The final plan meets the 20 weeks (reg 13(2)) and starts the annual review period (CFA s44(1)). Finalising
     * closes the family's representations window; doing so before its last day is flagged (reg 13(1)). The plan may
     * name its SEN2 needs (section B).
     */
    private static void finalPlanIssued(EhcJourney j, CaseEvent e) {
        PlanNeeds.record(j, e);
        if (j.stage == Stage.DRAFTING) {
            j.warnings.add("The final plan was issued on " + e.on() + " without a draft plan: reg 13(1) requires a "
                    + "draft and at least 15 days for representations");
        }
        j.obligations.current(REPRESENTATIONS).filter(w -> w.unmet() && e.on().isBefore(w.dueOn())).ifPresent(w ->
                j.warnings.add("The final plan was issued on " + e.on() + ", before the family's 15 days for "
                        + "representations on the draft ended on " + w.dueOn() + " (reg 13(1))"));
        j.obligations.meet(REPRESENTATIONS, e.on());
        j.obligations.meet(FINAL_PLAN, e.on());
        j.obligations.meet(UNOPPOSED_APPEAL_FINAL_PLAN, e.on());
        j.exceptions.replaceAll(ep -> ep.open() && ep.adviceId() == null ? ep.endedOn(e.on()) : ep);
        j.finalPlanOn = e.on();
        j.obligations.open(ANNUAL_REVIEW, e.on());
        j.stage = Stage.PLAN_MAINTAINED;
    }
}
