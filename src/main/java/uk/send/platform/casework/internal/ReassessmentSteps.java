package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.REASSESSMENT_DECISION;
import static uk.send.platform.calendar.RuleKeys.REASSESSMENT_PLAN;

import java.util.Map;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.Stage;

/** Re-assessing a plan in force: a request and the decision on it (reg 25), the plan after it (reg 27(2)). */
final class ReassessmentSteps {

    private ReassessmentSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.REASSESSMENT_REQUESTED, (j, e) -> j.obligations.open(REASSESSMENT_DECISION, e.on()));
        steps.put(EventType.DECIDED_NOT_TO_REASSESS, (j, e) -> j.obligations.meet(REASSESSMENT_DECISION, e.on()));
        steps.put(EventType.REASSESSMENT_STARTED, ReassessmentSteps::reassessmentStarted);
    }

    /**
     * The decision to re-assess, on a request (meeting reg 25(1)) or of the authority's own motion: the amended or
     * replacement plan is due within 14 weeks of it (reg 27(2)).
     */
    private static void reassessmentStarted(EhcJourney j, CaseEvent e) {
        j.obligations.meet(REASSESSMENT_DECISION, e.on());
        j.obligations.open(REASSESSMENT_PLAN, e.on());
        j.stage = Stage.REASSESSMENT;
    }
}
