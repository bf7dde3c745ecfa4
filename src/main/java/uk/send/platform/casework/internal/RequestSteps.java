package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.Map;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NoticeKind;
import uk.send.platform.casework.Stage;

/** The decision whether to assess, a plan transferred in, withdrawal, and the events any stage records. */
final class RequestSteps {

    private RequestSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.DECIDED_TO_ASSESS, RequestSteps::decidedToAssess);
        steps.put(EventType.DECIDED_NOT_TO_ASSESS, RequestSteps::decidedNotToAssess);
        steps.put(EventType.TRANSFERRED_IN, RequestSteps::transferredIn);
        steps.put(EventType.WITHDRAWN, (j, e) -> j.close(Stage.WITHDRAWN, e.on()));
        steps.put(EventType.PANEL_HELD, (j, e) -> { });
        steps.put(EventType.NOTICE_SENT, RequestSteps::noticeSent);
    }

    private static void decidedToAssess(EhcJourney j, CaseEvent e) {
        j.obligations.meet(DECISION_TO_ASSESS, e.on());
        j.obligations.meet(UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, e.on());
        j.stage = Stage.ASSESSMENT;
    }

    private static void decidedNotToAssess(EhcJourney j, CaseEvent e) {
        j.obligations.meet(DECISION_TO_ASSESS, e.on());
        j.endWithoutPlan(Stage.NOT_ASSESSING);
    }

    /**
     * A plan maintained by another authority becomes ours (reg 15): no request clocks run; we must tell the family
     * within 6 weeks (reg 15(4)) and review within 12 months of the last review, or of the transfer if none is known.
     */
    private static void transferredIn(EhcJourney j, CaseEvent e) {
        j.transferredIn = true;
        j.obligations.drop(DECISION_TO_ASSESS);
        j.obligations.drop(FINAL_PLAN);
        j.obligations.drop(DRAFT_PLAN_TARGET);
        j.obligations.open(TRANSFER_IN_NOTICE, e.on());
        LocalDate lastReview = e.otherOn() != null ? e.otherOn() : e.on();
        j.obligations.open(ANNUAL_REVIEW, lastReview);
        j.stage = Stage.PLAN_MAINTAINED;
    }

    private static void noticeSent(EhcJourney j, CaseEvent e) {
        if (e.code(NoticeKind.class) == NoticeKind.TRANSFER_IN) {
            j.obligations.meet(TRANSFER_IN_NOTICE, e.on());
        }
    }
}
