package uk.send.platform.calendar;

import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/** The standard rule set (statutory-rules sections 1-4), built for a council's conventions. */
final class StandardRules {

    /** Part 3 of the Children and Families Act 2014 and the SEND Regulations 2014 commenced on 1 Sep 2014. */
    static final LocalDate SEND_REFORMS_COMMENCED = LocalDate.of(2014, 9, 1);

    private static final String SEND_REGS = "SEND Regulations 2014 ";
    private static final String CFA = "Children and Families Act 2014 ";
    private static final String TRIBUNAL_RULES = "Tribunal Procedure (First-tier Tribunal) (HESC Chamber) Rules 2008 ";
    private static final String CARE_PLANNING_REGS = "Care Planning, Placement and Case Review (England) Regulations 2010 ";

    private final CalendarConventions conventions;
    private final List<StatutoryRule> rules = new ArrayList<>();

    private StandardRules(CalendarConventions conventions) {
        this.conventions = conventions;
    }

    static List<StatutoryRule> build(CalendarConventions conventions) {
        StandardRules book = new StandardRules(conventions);
        book.assessmentAndPlan();
        book.reviews();
        book.phaseTransfers();
        book.reassessmentAndMoves();
        book.disputes();
        book.lookedAfter();
        return List.copyOf(book.rules);
    }

    private void assessmentAndPlan() {
        add(DECISION_TO_ASSESS, "Decision whether to assess", SEND_REGS + "reg 5(1)", weeks(6));
        add(ADVICE, "Advice", SEND_REGS + "reg 8(1)", weeks(6));
        add(NO_PLAN_NOTICE, "Notice of decision not to issue a plan", SEND_REGS + "reg 10(1)", weeks(16));
        DraftPlanTarget target = conventions.draftPlanTarget();
        add(DRAFT_PLAN_TARGET, "Draft plan (local target)", "local target, not a statutory time limit ("
                + (target == DraftPlanTarget.WEEK_14 ? "IPSEA" : "Surrey SENDIASS") + ": draft by week "
                + target.weeks() + ")", weeks(target.weeks()));
        add(REPRESENTATIONS, "Representations on the draft plan", SEND_REGS + "reg 13(1)", new DaysBeginningWith(15));
        // 15 days is from secondary sources; the Code of Practice paragraph was not located (statutory-rules 1.1).
        add(SETTING_CONSULTATION, "Response from the requested school or college",
                CFA + "s39 (15 days per secondary sources)", new CalendarDays(15));
        add(FINAL_PLAN, "Final plan", SEND_REGS + "reg 13(2)", weeks(20));
    }

    private void reviews() {
        add(ANNUAL_REVIEW, "Annual review", CFA + "s44(1)", new TwelveMonthPeriod());
        add(REVIEW_NOTICE, "Review meeting notice", SEND_REGS + "reg 20(3)", new WeeksBefore(2));
        add(REVIEW_ADVICE_CIRCULATED, "Review advice circulated", SEND_REGS + "reg 20(4)", new WeeksBefore(2));
        add(REVIEW_REPORT, "Review report", SEND_REGS + "reg 20", weeks(2));
        add(REVIEW_DECISION, "Review decision", SEND_REGS + "reg 20(10)", weeks(4));
        // Anchor: the day the plan and proposed amendments were sent (reg 22(2)(a)); Devon [2022] EWHC 493.
        add(AMENDED_PLAN, "Amended plan", SEND_REGS + "reg 22(3)", weeks(8));
        // The primary text was truncated; the period is from Enfield SENDIASS (statutory-rules 2.2; decision 0015).
        // Anchor: the day the plan and proposed amendments were sent (reg 22(2)(a)), as for reg 22(3).
        NotToAmendNotice notice = conventions.notToAmendNotice();
        add(NOT_TO_AMEND_NOTICE, "Notice of decision not to amend", SEND_REGS + "reg 22(4) ("
                + (notice == NotToAmendNotice.WEEK_8 ? "8 weeks per Enfield SENDIASS" : "local reading: 4 weeks") + ")",
                weeks(notice.weeks()));
    }

    private void phaseTransfers() {
        // Anchor: the transfer date; the boundary is in its calendar year.
        boolean dayBefore = conventions.phaseTransfer() == PhaseTransferBoundary.DAY_BEFORE;
        add(PHASE_TRANSFER_SECONDARY_TO_POST16, "Phase transfer review (secondary to post-16)",
                SEND_REGS + "reg 18(1)(a)", new BeforeFixedDate(MonthDay.of(3, 31), dayBefore));
        add(PHASE_TRANSFER_OTHER, "Phase transfer review", SEND_REGS + "reg 18(1)(b)",
                new BeforeFixedDate(MonthDay.of(2, 15), dayBefore));
        add(POST16_TRANSFER_OTHER_TIME, "Post-16 transfer review", SEND_REGS + "reg 18(2)", new MonthsBefore(5));
    }

    private void reassessmentAndMoves() {
        // Reg 25(1) is unverified [U]: 15 days per statutory-rules 1.3, or 6 weeks as reg 5(1) (decision 0016).
        boolean days15 = conventions.reassessmentDecision() == ReassessmentDecision.DAYS_15;
        add(REASSESSMENT_DECISION, "Decision whether to re-assess", SEND_REGS + "reg 25(1) ("
                + (days15 ? "15 days, unverified" : "local reading: 6 weeks as reg 5(1)") + ")",
                days15 ? new CalendarDays(15) : weeks(6));
        add(REASSESSMENT_PLAN, "Plan after re-assessment", SEND_REGS + "reg 27(2)", weeks(14));
        // Anchor: the day the old authority became aware of the move; RuleBook.houseMoveTransfer adds the move date.
        add(TRANSFER_OUT, "Plan transferred to the new authority on a house move", SEND_REGS + "reg 15(2)",
                new HouseMoveTransfer(15));
        add(TRANSFER_IN_NOTICE, "Notice after plan transfer", SEND_REGS + "reg 15(4)", weeks(6));
    }

    private void disputes() {
        add(MEDIATION_CONTACT, "Contact with the mediation adviser", SEND_REGS + "reg 33", new Months(2));
        add(MEDIATION_CERTIFICATE, "Mediation certificate", SEND_REGS + "reg 34", new WorkingDaysAfter(3));
        add(TRIBUNAL_APPEAL, "Tribunal appeal", TRIBUNAL_RULES + "r.20(1)(c)(i)", new TribunalAppealPeriod(2));
        // The appeal window is the later of this and TRIBUNAL_APPEAL; the caller compares the two.
        add(TRIBUNAL_APPEAL_AFTER_MEDIATION, "Tribunal appeal after mediation", TRIBUNAL_RULES + "r.20(1)(c)(ii)",
                new TribunalAppealPeriod(1));
        // Unopposed appeals, reg 45 as substituted by SI 2015/359 reg 8; anchor: the LA notifying the Tribunal.
        add(UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, "Notice to assess after unopposed appeal", SEND_REGS + "reg 45(3)",
                weeks(2));
        add(UNOPPOSED_APPEAL_NO_PLAN_NOTICE, "No-plan notice after unopposed appeal", SEND_REGS + "reg 45(3A)(a)",
                weeks(10));
        add(UNOPPOSED_APPEAL_FINAL_PLAN, "Final plan after unopposed appeal", SEND_REGS + "reg 45(3A)(b)",
                weeks(14));
        add(UNOPPOSED_APPEAL_AMENDED_PLAN, "Amended plan after unopposed appeal", SEND_REGS + "reg 45(4)",
                weeks(5));
    }

    private void lookedAfter() {
        // Health assessment before the first review, within 20 working days of becoming looked after (decision 0006).
        add(LOOKED_AFTER_HEALTH_ASSESSMENT, "Initial health assessment", CARE_PLANNING_REGS + "reg 33(1)",
                new WorkingDaysAfter(20));
    }

    /** "Within N weeks of": the event day is excluded unless the council counts it as day 1 (decision 0004). */
    private TimeLimit weeks(int n) {
        return conventions.dayOne() == DayOneCounting.EVENT_DAY_IS_DAY_ONE ? new WeeksBeginningWith(n) : new Weeks(n);
    }

    private void add(String key, String title, String citation, TimeLimit limit) {
        rules.add(new StatutoryRule(key, title, citation, limit, SEND_REFORMS_COMMENCED, null));
    }
}
