package uk.send.platform.casework;

/**
 * What can happen on an EHC journey. The first sixteen are fixed by the API contract; the rest record the
 * steps around them (panels, consultations, reviews, disputes, transfers and notices).
 */
public enum EventType {
    DECIDED_TO_ASSESS("Decided to assess"),
    DECIDED_NOT_TO_ASSESS("Decided not to assess"),
    ADVICE_REQUESTED("Advice requested"),
    ADVICE_RECEIVED("Advice received"),
    EXCEPTION_STARTED("Exception started"),
    EXCEPTION_ENDED("Exception ended"),
    DECIDED_TO_ISSUE("Decided to issue a plan"),
    DECIDED_NOT_TO_ISSUE("Decided not to issue a plan"),
    DRAFT_PLAN_ISSUED("Draft plan issued"),
    FINAL_PLAN_ISSUED("Final plan issued"),
    REVIEW_MEETING_HELD("Review meeting held"),
    REVIEW_DECISION_MADE("Review decision made"),
    AMENDMENTS_PROPOSED("Amendments proposed"),
    AMENDED_PLAN_ISSUED("Amended plan issued"),
    PLAN_CEASED("Plan ceased"),
    WITHDRAWN("Withdrawn"),

    PANEL_HELD("Panel held"),
    REPRESENTATIONS_RECEIVED("Representations on the draft received"),
    SETTING_CONSULTED("School or setting consulted"),
    SETTING_RESPONDED("School or setting responded"),
    REVIEW_NOTICE_SENT("Review meeting notice sent"),
    REVIEW_ADVICE_CIRCULATED("Review advice circulated"),
    REVIEW_REPORT_RECEIVED("Review report received"),
    PHASE_TRANSFER_SCHEDULED("Phase transfer scheduled"),
    REASSESSMENT_REQUESTED("Re-assessment requested"),
    DECIDED_NOT_TO_REASSESS("Decided not to re-assess"),
    REASSESSMENT_STARTED("Re-assessment started"),
    DECIDED_NOT_TO_AMEND("Decided not to amend the plan"),
    CEASE_CONSIDERED("Ceasing the plan considered"),
    CEASE_DECISION_MADE("Decision on ceasing made"),
    TRANSFERRED_IN("Plan transferred in"),
    MOVE_NOTIFIED("House move to another authority notified"),
    TRANSFERRED_OUT("Plan transferred out"),
    MEDIATION_REQUESTED("Mediation requested"),
    MEDIATION_HELD("Mediation held"),
    MEDIATION_CERTIFICATE_ISSUED("Mediation certificate issued"),
    APPEAL_LODGED("Appeal lodged with the Tribunal"),
    APPEAL_CONCEDED("Appeal conceded by the authority"),
    APPEAL_DECIDED("Appeal decided"),
    NOTICE_SENT("Notice sent");

    private final String label;

    EventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
