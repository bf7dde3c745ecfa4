package uk.send.platform.calendar;

import java.util.List;

/** Keys of the standard rules; API deadline keys use the same names (api-contract.md). */
public final class RuleKeys {

    public static final String DECISION_TO_ASSESS = "decisionToAssess";
    public static final String ADVICE = "advice";
    public static final String NO_PLAN_NOTICE = "noPlanNotice";
    public static final String DRAFT_PLAN_TARGET = "draftPlanTarget";
    public static final String REPRESENTATIONS = "representations";
    public static final String SETTING_CONSULTATION = "settingConsultation";
    public static final String FINAL_PLAN = "finalPlan";

    public static final String ANNUAL_REVIEW = "annualReview";
    public static final String REVIEW_NOTICE = "reviewNotice";
    public static final String REVIEW_ADVICE_CIRCULATED = "reviewAdviceCirculated";
    public static final String REVIEW_REPORT = "reviewReport";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String AMENDED_PLAN = "amendedPlan";
    public static final String NOT_TO_AMEND_NOTICE = "notToAmendNotice";

    public static final String PHASE_TRANSFER_SECONDARY_TO_POST16 = "phaseTransferPost16";
    public static final String PHASE_TRANSFER_OTHER = "phaseTransfer";
    public static final String POST16_TRANSFER_OTHER_TIME = "post16TransferOtherTime";

    public static final String REASSESSMENT_PLAN = "reassessmentPlan";
    public static final String REASSESSMENT_DECISION = "reassessmentDecision";
    public static final String TRANSFER_OUT = "transferOut";
    public static final String TRANSFER_IN_NOTICE = "transferInNotice";

    public static final String MEDIATION_CONTACT = "mediationContact";
    public static final String MEDIATION_CERTIFICATE = "mediationCertificate";
    public static final String TRIBUNAL_APPEAL = "tribunalAppeal";
    public static final String TRIBUNAL_APPEAL_AFTER_MEDIATION = "tribunalAppealAfterMediation";

    public static final String UNOPPOSED_APPEAL_ASSESSMENT_NOTICE = "unopposedAppealAssessmentNotice";
    public static final String UNOPPOSED_APPEAL_NO_PLAN_NOTICE = "unopposedAppealNoPlanNotice";
    public static final String UNOPPOSED_APPEAL_FINAL_PLAN = "unopposedAppealFinalPlan";
    public static final String UNOPPOSED_APPEAL_AMENDED_PLAN = "unopposedAppealAmendedPlan";

    public static final String LOOKED_AFTER_HEALTH_ASSESSMENT = "lookedAfterHealthAssessment";

    private static final List<String> ALL = List.of(
            DECISION_TO_ASSESS, ADVICE, NO_PLAN_NOTICE, DRAFT_PLAN_TARGET, REPRESENTATIONS, SETTING_CONSULTATION,
            FINAL_PLAN, ANNUAL_REVIEW, REVIEW_NOTICE, REVIEW_ADVICE_CIRCULATED, REVIEW_REPORT, REVIEW_DECISION,
            AMENDED_PLAN, NOT_TO_AMEND_NOTICE, PHASE_TRANSFER_SECONDARY_TO_POST16, PHASE_TRANSFER_OTHER,
            POST16_TRANSFER_OTHER_TIME, REASSESSMENT_DECISION, REASSESSMENT_PLAN, TRANSFER_OUT, TRANSFER_IN_NOTICE, MEDIATION_CONTACT,
            MEDIATION_CERTIFICATE, TRIBUNAL_APPEAL, TRIBUNAL_APPEAL_AFTER_MEDIATION,
            UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, UNOPPOSED_APPEAL_NO_PLAN_NOTICE, UNOPPOSED_APPEAL_FINAL_PLAN,
            UNOPPOSED_APPEAL_AMENDED_PLAN, LOOKED_AFTER_HEALTH_ASSESSMENT);

    private RuleKeys() {
    }

    /** Every standard key, in the order of a case's life. */
    public static List<String> all() {
        return ALL;
    }
}
