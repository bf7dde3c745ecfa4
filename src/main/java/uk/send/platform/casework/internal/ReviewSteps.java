package uk.send.platform.casework.internal;

import static uk.send.platform.calendar.RuleKeys.*;
import uk.send.platform.casework.CaseDeadlineKeys;

import java.util.Map;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.PhaseTransferKind;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.ReviewOutcome;
import uk.send.platform.casework.Stage;

/** The plan in force: annual reviews (reg 20), amendments (reg 22, Devon) and phase transfers (reg 18). */
final class ReviewSteps {

    static final String PHASE_TRANSFER = CaseDeadlineKeys.PHASE_TRANSFER;

    private ReviewSteps() {
    }

    static void register(Map<EventType, Step> steps) {
        steps.put(EventType.REVIEW_NOTICE_SENT, ReviewSteps::reviewNoticeSent);
        steps.put(EventType.REVIEW_ADVICE_CIRCULATED, (j, e) -> j.obligations.meet(REVIEW_ADVICE_CIRCULATED, e.on()));
        steps.put(EventType.REVIEW_MEETING_HELD, ReviewSteps::reviewMeetingHeld);
        steps.put(EventType.REVIEW_REPORT_RECEIVED, (j, e) -> j.obligations.meet(REVIEW_REPORT, e.on()));
        steps.put(EventType.REVIEW_DECISION_MADE, ReviewSteps::reviewDecisionMade);
        steps.put(EventType.AMENDMENTS_PROPOSED, ReviewSteps::amendmentsProposed);
        steps.put(EventType.AMENDED_PLAN_ISSUED, ReviewSteps::amendedPlanIssued);
        steps.put(EventType.DECIDED_NOT_TO_AMEND, ReviewSteps::decidedNotToAmend);
        steps.put(EventType.PHASE_TRANSFER_SCHEDULED, ReviewSteps::phaseTransferScheduled);
    }

    /** At least two weeks' notice of the meeting (reg 20(3)); advice circulated two weeks before it (reg 20(4)). */
    private static void reviewNoticeSent(EhcJourney j, CaseEvent e) {
        if (e.otherOn().isBefore(e.on())) {
            throw RefusedEvent.unprocessable("meetingOn", "The meeting date is before the notice was sent");
        }
        j.obligations.open(REVIEW_NOTICE, e.otherOn()).meet(e.on());
        j.obligations.open(REVIEW_ADVICE_CIRCULATED, e.otherOn());
    }

    /**
     * The review took place in its 12-month period, and the next period starts with the meeting (CFA s44(1)):
     * the report is due within 2 weeks and the decision within 4 weeks of the meeting (reg 20(10)).
     */
    private static void reviewMeetingHeld(EhcJourney j, CaseEvent e) {
        j.obligations.meet(ANNUAL_REVIEW, e.on());
        j.obligations.open(ANNUAL_REVIEW, e.on());
        j.obligations.open(REVIEW_REPORT, e.on());
        j.obligations.open(REVIEW_DECISION, e.on());
        j.lastMeetingOn = e.on();
        j.stage = Stage.REVIEW;
    }

    /** The decision rests on the report, so a report not recorded separately had arrived by then (decision 0009). */
    private static void reviewDecisionMade(EhcJourney j, CaseEvent e) {
        j.obligations.meet(REVIEW_REPORT, e.on());
        j.obligations.meet(REVIEW_DECISION, e.on());
        ReviewOutcome outcome = e.outcome(ReviewOutcome.class);
        j.stage = switch (outcome) {
            case MAINTAIN -> Stage.PLAN_MAINTAINED;
            case AMEND -> Stage.AMENDMENT;
            case CEASE -> Stage.CEASING;
        };
        if (outcome == ReviewOutcome.MAINTAIN) {
            j.obligations.meet(PHASE_TRANSFER, e.on());
        }
    }

    /**
     * The amended plan is due within 8 weeks of the proposals (reg 22(3)). R (L) v Devon CC [2022] EWHC 493 requires
     * the proposals with the review decision, so proposals after the decision was due are flagged.
     */
    private static void amendmentsProposed(EhcJourney j, CaseEvent e) {
        if (j.stage == Stage.AMENDMENT) {
            j.obligations.current(REVIEW_DECISION).filter(d -> e.on().isAfter(d.dueOn())).ifPresent(d ->
                    j.warnings.add("Amendments were proposed on " + e.on() + ", after the review decision was due on "
                            + d.dueOn() + "; they should go with the decision (R (L) v Devon CC [2022] EWHC 493)"));
        }
        j.obligations.open(AMENDED_PLAN, e.on());
        j.amendmentsPending = true;
        j.amendmentsProposedOn = e.on();
        j.stage = Stage.AMENDMENT;
    }

    /** The amended plan may change the needs it names (section B); its past stays as it was issued. */
    private static void amendedPlanIssued(EhcJourney j, CaseEvent e) {
        PlanNeeds.record(j, e);
        if (!j.amendmentsPending) {
            j.warnings.add("The amended plan was issued on " + e.on() + " without proposed amendments: reg 22(2) "
                    + "requires them first, with at least 15 days to respond");
        }
        j.obligations.meet(AMENDED_PLAN, e.on());
        j.obligations.meet(REASSESSMENT_PLAN, e.on());
        j.obligations.meet(PHASE_TRANSFER, e.on());
        j.obligations.meet(UNOPPOSED_APPEAL_AMENDED_PLAN, e.on());
        j.amendmentsPending = false;
        j.stage = Stage.PLAN_MAINTAINED;
    }

    /** Review and amend before 15 February or 31 March of the transfer year, or 5 months ahead (reg 18). */
    private static void phaseTransferScheduled(EhcJourney j, CaseEvent e) {
        if (e.otherOn().isBefore(e.on())) {
            throw RefusedEvent.unprocessable("transferOn", "The transfer date is before the day it was recorded");
        }
        PhaseTransferKind kind = e.code(PhaseTransferKind.class);
        j.obligations.open(PHASE_TRANSFER, kind.ruleKey(), e.otherOn(), DeadlineKind.DUTY);
    }

    /**
     * Having sent proposals, the authority decides not to amend and tells the family why (reg 22(4)), within the
     * period from the proposals the Local Area's convention sets (decision 0015). No amended plan is due any more; a
     * phase transfer review or a re-assessment ends with the decision, as with a decision to maintain.
     */
    private static void decidedNotToAmend(EhcJourney j, CaseEvent e) {
        j.obligations.drop(AMENDED_PLAN);
        j.obligations.open(NOT_TO_AMEND_NOTICE, j.amendmentsProposedOn).meet(e.on());
        j.obligations.meet(REASSESSMENT_PLAN, e.on());
        j.obligations.meet(PHASE_TRANSFER, e.on());
        j.amendmentsPending = false;
        j.stage = Stage.PLAN_MAINTAINED;
    }
}
