package uk.send.platform.casework.internal;

import static uk.send.platform.casework.EventType.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.casework.EventType;

/**
 * Every time limit an EHC journey runs, in one place: the regulation, what starts it, what meets it and what
 * excuses it. The period itself is the rule of the same citation in the Local Area's rule book ({@code calendar}'s
 * {@code StandardRules}, where the sources disagree a convention the Local Area chose). The steps open and meet
 * the limits as this catalogue says, {@link Timeliness} takes the excuses from it, and {@code CaseLimitsTest} checks
 * on random journeys that every limit opened or met was opened or met by an event named here.
 */
enum CaseLimit {

    DECISION_TO_ASSESS(RuleKeys.DECISION_TO_ASSESS, "reg 5(1)", "the request for an assessment is received",
            none(), of(DECIDED_TO_ASSESS, DECIDED_NOT_TO_ASSESS), Excuse.CASE_GROUNDS, "reg 5(4)"),
    FINAL_PLAN(RuleKeys.FINAL_PLAN, "reg 13(2)", "the request for an assessment is received (20 weeks); stops when "
            + "the journey ends without a plan or a plan is transferred in, and an appeal the family wins restores it",
            none(), of(FINAL_PLAN_ISSUED),
            Excuse.CASE_GROUNDS, "reg 13(3)"),
    DRAFT_PLAN_TARGET(RuleKeys.DRAFT_PLAN_TARGET, "local target", "the request is received (decision 0002); stops "
            + "and comes back with the final plan's limit", none(), of(DRAFT_PLAN_ISSUED),
            Excuse.NONE, ""),
    ADVICE(AssessmentSteps.ADVICE_PREFIX, "reg 8(1)", "advice is requested from a partner service",
            of(ADVICE_REQUESTED), of(ADVICE_RECEIVED), Excuse.ADVICE_GROUNDS, "reg 8(2)"),
    NO_PLAN_NOTICE(RuleKeys.NO_PLAN_NOTICE, "reg 10(1)", "the request (16 weeks); opened when the decision is not "
            + "to issue, which is the notice", of(DECIDED_NOT_TO_ISSUE), of(DECIDED_NOT_TO_ISSUE), Excuse.CASE_GROUNDS,
            "reg 10(4)"),
    REPRESENTATIONS(RuleKeys.REPRESENTATIONS, "reg 13(1)", "the draft plan is issued (the family's window)",
            of(DRAFT_PLAN_ISSUED), of(REPRESENTATIONS_RECEIVED, FINAL_PLAN_ISSUED), Excuse.NONE, ""),
    SETTING_CONSULTATION(PlanSteps.CONSULTATION_PREFIX, "s39", "a school or college is consulted",
            of(SETTING_CONSULTED), of(SETTING_RESPONDED), Excuse.NONE, ""),
    ANNUAL_REVIEW(RuleKeys.ANNUAL_REVIEW, "s44(1)", "the final plan, then each review meeting, or a plan transferred in",
            of(FINAL_PLAN_ISSUED, REVIEW_MEETING_HELD, TRANSFERRED_IN), of(REVIEW_MEETING_HELD), Excuse.NONE, ""),
    REVIEW_NOTICE(RuleKeys.REVIEW_NOTICE, "reg 20(3)", "the review meeting's date (2 weeks before it)",
            of(REVIEW_NOTICE_SENT), of(REVIEW_NOTICE_SENT), Excuse.NONE, ""),
    REVIEW_ADVICE_CIRCULATED(RuleKeys.REVIEW_ADVICE_CIRCULATED, "reg 20(4)",
            "the review meeting's date (2 weeks before it)", of(REVIEW_NOTICE_SENT), of(EventType.REVIEW_ADVICE_CIRCULATED),
            Excuse.NONE, ""),
    REVIEW_REPORT(RuleKeys.REVIEW_REPORT, "reg 20", "the review meeting is held", of(REVIEW_MEETING_HELD),
            of(REVIEW_REPORT_RECEIVED, REVIEW_DECISION_MADE), Excuse.NONE, ""),
    REVIEW_DECISION(RuleKeys.REVIEW_DECISION, "reg 20(10)", "the review meeting is held", of(REVIEW_MEETING_HELD),
            of(REVIEW_DECISION_MADE), Excuse.NONE, ""),
    AMENDED_PLAN(RuleKeys.AMENDED_PLAN, "reg 22(3)", "amendments are proposed", of(AMENDMENTS_PROPOSED),
            of(AMENDED_PLAN_ISSUED), Excuse.NONE, ""),
    NOT_TO_AMEND_NOTICE(RuleKeys.NOT_TO_AMEND_NOTICE, "reg 22(4)", "amendments are proposed (decision 0015)",
            of(DECIDED_NOT_TO_AMEND), of(DECIDED_NOT_TO_AMEND), Excuse.NONE, ""),
    PHASE_TRANSFER(ReviewSteps.PHASE_TRANSFER, "reg 18", "a phase transfer is scheduled (deadline before the transfer)",
            of(PHASE_TRANSFER_SCHEDULED), of(REVIEW_DECISION_MADE, AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND),
            Excuse.NONE, ""),
    REASSESSMENT_DECISION(RuleKeys.REASSESSMENT_DECISION, "reg 25(1)", "a re-assessment is requested (decision 0016)",
            of(REASSESSMENT_REQUESTED), of(DECIDED_NOT_TO_REASSESS, REASSESSMENT_STARTED), Excuse.NONE, ""),
    REASSESSMENT_PLAN(RuleKeys.REASSESSMENT_PLAN, "reg 27(2)", "the decision to re-assess (or an appeal that orders it)",
            of(REASSESSMENT_STARTED, APPEAL_CONCEDED, APPEAL_DECIDED), of(AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND),
            Excuse.CASE_GROUNDS, "reg 27(3)"),
    TRANSFER_OUT(RuleKeys.TRANSFER_OUT, "reg 15(2)", "the authority learns of a move to another area",
            of(MOVE_NOTIFIED), of(EventType.TRANSFERRED_OUT, PLAN_CEASED), Excuse.NONE, ""),
    TRANSFER_IN_NOTICE(RuleKeys.TRANSFER_IN_NOTICE, "reg 15(4)", "a plan is transferred in", of(TRANSFERRED_IN),
            of(NOTICE_SENT), Excuse.NONE, ""),
    MEDIATION_CERTIFICATE(RuleKeys.MEDIATION_CERTIFICATE, "reg 34", "mediation is held", of(MEDIATION_HELD),
            of(MEDIATION_CERTIFICATE_ISSUED), Excuse.NONE, ""),
    UNOPPOSED_APPEAL_ASSESSMENT_NOTICE(RuleKeys.UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, "reg 45(3)",
            "an appeal about assessing is conceded", of(APPEAL_CONCEDED), of(DECIDED_TO_ASSESS), Excuse.NONE, ""),
    UNOPPOSED_APPEAL_FINAL_PLAN(RuleKeys.UNOPPOSED_APPEAL_FINAL_PLAN, "reg 45(3A)(b)",
            "an appeal about issuing a plan is conceded", of(APPEAL_CONCEDED), of(FINAL_PLAN_ISSUED), Excuse.NONE, ""),
    UNOPPOSED_APPEAL_AMENDED_PLAN(RuleKeys.UNOPPOSED_APPEAL_AMENDED_PLAN, "reg 45(4)",
            "an appeal about the plan's content or placement is conceded", of(APPEAL_CONCEDED), of(AMENDED_PLAN_ISSUED),
            Excuse.NONE, "");

    /** Who may excuse a limit: the case-level grounds (reg 10(4)), an advice-giver's grounds (reg 8(2)), or nobody. */
    enum Excuse { NONE, CASE_GROUNDS, ADVICE_GROUNDS }

    private final String key;
    private final String citation;
    private final String startsWhen;
    private final Set<EventType> openedBy;
    private final Set<EventType> metBy;
    private final Excuse excuse;
    private final String excuseCitation;

    CaseLimit(String key, String citation, String startsWhen, Set<EventType> openedBy, Set<EventType> metBy,
            Excuse excuse, String excuseCitation) {
        this.key = key;
        this.citation = citation;
        this.startsWhen = startsWhen;
        this.openedBy = openedBy;
        this.metBy = metBy;
        this.excuse = excuse;
        this.excuseCitation = excuseCitation;
    }

    /** The limit a deadline key belongs to: its own key, or its prefix for one per request (advice:42). */
    static Optional<CaseLimit> of(String deadlineKey) {
        return Arrays.stream(values()).filter(l -> l.key.endsWith(":") ? deadlineKey.startsWith(l.key)
                : l.key.equals(deadlineKey)).findFirst();
    }

    String key() {
        return key;
    }

    /** The regulation, as the rule book's citation ends with it, e.g. "reg 13(2)". */
    String citation() {
        return citation;
    }

    String startsWhen() {
        return startsWhen;
    }

    /**
     * Events that open it (a new cycle supersedes the last); none for the limits that open with the journey. Any
     * limit still unmet stops applying when the journey closes (withdrawn, transferred out, plan ceased).
     */
    Set<EventType> openedBy() {
        return openedBy;
    }

    /** Events that meet it. */
    Set<EventType> metBy() {
        return metBy;
    }

    Excuse excuse() {
        return excuse;
    }

    String excuseCitation() {
        return excuseCitation;
    }

    private static Set<EventType> none() {
        return EnumSet.noneOf(EventType.class);
    }

    private static Set<EventType> of(EventType first, EventType... rest) {
        return EnumSet.of(first, rest);
    }
}
