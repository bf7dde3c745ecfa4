package uk.send.platform.casework.internal;

import static uk.send.platform.casework.EventType.*;
import static uk.send.platform.casework.Stage.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.Stage;

/**
 * Which events each stage allows, with the reason a caseworker reads when one is refused. The state a step needs
 * beyond the stage (an open exception, pending amendments, a pending appeal) is checked by {@link Preconditions}.
 */
final class JourneyRules {

    private record Rule(Set<Stage> stages, String hint) {
    }

    private static final Map<EventType, Rule> RULES = new EnumMap<>(EventType.class);

    static {
        Set<Stage> open = EnumSet.complementOf(EnumSet.copyOf(Stage.closedStages()));
        Set<Stage> beforePlan = EnumSet.of(REQUEST_RECEIVED, ASSESSMENT, DRAFTING, DRAFT_ISSUED);
        Set<Stage> planInForce = EnumSet.of(PLAN_MAINTAINED, REVIEW, AMENDMENT, REASSESSMENT, CEASING);
        allow(DECIDED_TO_ASSESS, EnumSet.of(REQUEST_RECEIVED), "the decision whether to assess is made once, on the request (reg 5(1))");
        allow(DECIDED_NOT_TO_ASSESS, EnumSet.of(REQUEST_RECEIVED), "the decision whether to assess is made once, on the request (reg 5(1))");
        allow(ADVICE_REQUESTED, EnumSet.of(REQUEST_RECEIVED, ASSESSMENT, DRAFTING, REASSESSMENT), "advice is sought for an assessment (reg 6)");
        allow(ADVICE_RECEIVED, open, "");
        allow(EXCEPTION_STARTED, EnumSet.of(REQUEST_RECEIVED, ASSESSMENT, DRAFTING, DRAFT_ISSUED, REASSESSMENT),
                "exceptions excuse the time limits before a plan is issued (reg 5(4), 10(4), 13(3), 27(3))");
        allow(EXCEPTION_ENDED, open, "");
        allow(DECIDED_TO_ISSUE, EnumSet.of(ASSESSMENT), "the decision whether to issue a plan follows the decision to assess");
        allow(DECIDED_NOT_TO_ISSUE, EnumSet.of(ASSESSMENT), "the decision whether to issue a plan follows the decision to assess");
        allow(DRAFT_PLAN_ISSUED, EnumSet.of(DRAFTING, DRAFT_ISSUED), "a draft plan follows the decision to issue a plan");
        allow(FINAL_PLAN_ISSUED, EnumSet.of(DRAFTING, DRAFT_ISSUED), "a final plan follows the decision to issue a plan and the draft (reg 13)");
        allow(REVIEW_MEETING_HELD, EnumSet.of(PLAN_MAINTAINED), "a review needs a plan in force and no review decision pending (reg 20)");
        allow(REVIEW_DECISION_MADE, EnumSet.of(REVIEW), "a review decision follows a review meeting (reg 20(10))");
        allow(AMENDMENTS_PROPOSED, EnumSet.of(PLAN_MAINTAINED, AMENDMENT, REASSESSMENT), "amendments are proposed to a plan in force (reg 22)");
        allow(AMENDED_PLAN_ISSUED, EnumSet.of(AMENDMENT), "an amended plan follows proposed amendments (reg 22(3))");
        allow(PLAN_CEASED, planInForce, "only a plan in force can cease (CFA 2014 s45)");
        allow(EventType.WITHDRAWN, EnumSet.of(REQUEST_RECEIVED, ASSESSMENT, DRAFTING, DRAFT_ISSUED, NOT_ASSESSING, NOT_ISSUING),
                "once a final plan is issued the plan is maintained until it ceases");
        allow(PANEL_HELD, open, "");
        allow(REPRESENTATIONS_RECEIVED, EnumSet.of(DRAFT_ISSUED), "representations are made on a draft plan (reg 13(1))");
        allow(SETTING_CONSULTED, EnumSet.of(DRAFTING, DRAFT_ISSUED, PLAN_MAINTAINED, REVIEW, AMENDMENT, REASSESSMENT),
                "settings are consulted on a draft or an amendment (CFA 2014 s39)");
        allow(SETTING_RESPONDED, open, "");
        allow(REVIEW_NOTICE_SENT, EnumSet.of(PLAN_MAINTAINED), "a review needs a plan in force and no review pending (reg 20(3))");
        allow(REVIEW_ADVICE_CIRCULATED, EnumSet.of(PLAN_MAINTAINED), "advice is circulated before the review meeting (reg 20(4))");
        allow(REVIEW_REPORT_RECEIVED, EnumSet.of(REVIEW), "the report follows the review meeting (reg 20(7))");
        allow(PHASE_TRANSFER_SCHEDULED, planInForce, "a phase transfer review needs a plan in force (reg 18)");
        allow(REASSESSMENT_REQUESTED, EnumSet.of(PLAN_MAINTAINED, REVIEW), "re-assessment needs a plan in force (reg 25)");
        allow(DECIDED_NOT_TO_REASSESS, planInForce, "re-assessment needs a plan in force (reg 25)");
        allow(REASSESSMENT_STARTED, EnumSet.of(PLAN_MAINTAINED, REVIEW), "re-assessment needs a plan in force (reg 25)");
        allow(DECIDED_NOT_TO_AMEND, EnumSet.of(AMENDMENT), "a decision not to amend follows proposed amendments (reg 22(4))");
        allow(CEASE_CONSIDERED, EnumSet.of(PLAN_MAINTAINED, REVIEW), "ceasing is considered for a plan in force (reg 31(1))");
        allow(CEASE_DECISION_MADE, EnumSet.of(CEASING), "the decision follows considering ceasing or a review (reg 31(2))");
        allow(TRANSFERRED_IN, EnumSet.of(REQUEST_RECEIVED), "a plan transferred in starts a case (reg 15)");
        allow(MOVE_NOTIFIED, planInForce, "only a plan in force transfers to another authority (reg 15(2))");
        allow(EventType.TRANSFERRED_OUT, planInForce, "only a plan in force transfers to another authority (reg 15(2))");
        allow(MEDIATION_REQUESTED, open, "");
        allow(MEDIATION_HELD, open, "");
        allow(MEDIATION_CERTIFICATE_ISSUED, open, "");
        allow(APPEAL_LODGED, open, "");
        allow(APPEAL_CONCEDED, open, "");
        allow(APPEAL_DECIDED, open, "");
        allow(NOTICE_SENT, open, "");
    }

    private JourneyRules() {
    }

    private static void allow(EventType type, Set<Stage> stages, String hint) {
        RULES.put(type, new Rule(Set.copyOf(stages), hint));
    }

    /**
     * Steps the journey accepts but does not offer as a next step, because they skip a duty: advice before the
     * decision to assess, a final plan without a draft, an amended plan without proposals. Each leaves a warning.
     */
    static boolean offered(EhcJourney journey, EventType type) {
        return switch (type) {
            case ADVICE_REQUESTED -> journey.stage != REQUEST_RECEIVED;
            case FINAL_PLAN_ISSUED -> journey.stage != DRAFTING;
            case AMENDED_PLAN_ISSUED -> journey.amendmentsPending;
            default -> true;
        };
    }

    /** Why the journey does not allow the type now (a 409 reason), if it does not. */
    static Optional<String> refusal(EhcJourney journey, EventType type) {
        Stage stage = journey.stage;
        if (stage.closed()) {
            return Optional.of("The journey ended on " + journey.endedOn + " (" + stage.label()
                    + "); nothing more can be recorded on it");
        }
        Rule rule = RULES.get(type);
        if (!rule.stages().contains(stage)) {
            return Optional.of("'" + type.label() + "' is not allowed while the case is at '" + stage.label() + "': "
                    + rule.hint());
        }
        return Preconditions.refusal(journey, type);
    }
}
