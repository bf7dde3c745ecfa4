package uk.send.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class CalendarPropertiesTest {

    private static final WorkingDays WORKING_DAYS = new WorkingDays(BankHolidays.englandAndWales());

    @Provide
    Arbitrary<LocalDate> anchors() {
        // Anchors inside the shipped bank-holiday years, leaving room for limits that run into later years.
        long from = LocalDate.of(2015, 1, 1).toEpochDay();
        long to = LocalDate.of(2029, 6, 30).toEpochDay();
        return Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay)
                .edgeCases(edges -> edges.add(LocalDate.of(2024, 2, 29), LocalDate.of(2025, 10, 25), LocalDate.of(2025, 12, 31)));
    }

    @Provide
    Arbitrary<RuleBook> ruleBooks() {
        return Arbitraries.of(DraftPlanTarget.class).flatMap(target ->
                Arbitraries.of(PhaseTransferBoundary.class).flatMap(boundary ->
                        Arbitraries.of(DayOneCounting.class).flatMap(dayOne ->
                                Arbitraries.of(NotToAmendNotice.class).flatMap(notice ->
                                        Arbitraries.of(ReassessmentDecision.class).map(reassessment ->
                                                RuleBook.standard(new CalendarConventions(target, boundary, dayOne,
                                                        notice, reassessment)))))));
    }

    @Property
    @Label("a deadline never falls before its anchor for forward limits")
    void a_deadline_never_falls_before_its_anchor_for_forward_limits(
            @ForAll("ruleBooks") RuleBook book, @ForAll("anchors") LocalDate anchor) {
        for (StatutoryRule rule : book.rules()) {
            if (rule.limit().isForward()) {
                assertThat(book.deadline(rule.key(), anchor).dueOn()).as(rule.key()).isAfterOrEqualTo(anchor);
            }
        }
    }

    @Property
    @Label("a plan transferred on a house move is due on a working day, never before awareness nor the move")
    void a_house_move_transfer_is_due_on_a_working_day_never_before_awareness_nor_the_move(@ForAll("anchors") LocalDate awareOn,
            @ForAll @IntRange(min = -30, max = 60) int daysToMove) {
        LocalDate moveOn = WORKING_DAYS.nextWorkingDayOnOrAfter(awareOn.plusDays(daysToMove));
        LocalDate due = RuleBook.standard().houseMoveTransfer(awareOn, moveOn).dueOn();
        assertThat(WORKING_DAYS.isWorkingDay(due)).as("%s is a working day", due).isTrue();
        assertThat(due).isAfterOrEqualTo(awareOn).isAfterOrEqualTo(moveOn);
        assertThat(due).isBeforeOrEqualTo(WORKING_DAYS.nthWorkingDayBeginningWith(awareOn, 15).isBefore(moveOn)
                ? moveOn : WORKING_DAYS.nthWorkingDayBeginningWith(awareOn, 15));
    }

    @Property
    @Label("the late-awareness limit of reg 15(2) never falls on a weekend or a bank holiday")
    void the_late_awareness_limit_is_a_working_day(@ForAll("anchors") LocalDate awareOn) {
        LocalDate due = RuleBook.standard().deadline(RuleKeys.TRANSFER_OUT, awareOn).dueOn();
        assertThat(WORKING_DAYS.isWorkingDay(due)).isTrue();
        assertThat(due).isAfterOrEqualTo(awareOn);
    }

    @Property
    @Label("a backward limit never falls after its anchor")
    void a_backward_limit_never_falls_after_its_anchor(@ForAll("anchors") LocalDate anchor) {
        RuleBook book = RuleBook.standard();
        for (StatutoryRule rule : book.rules()) {
            if (!rule.limit().isForward() && !(rule.limit() instanceof BeforeFixedDate)) {
                assertThat(book.deadline(rule.key(), anchor).dueOn()).as(rule.key()).isBefore(anchor);
            }
        }
    }

    @Property
    @Label("working-day results are never weekends or bank holidays")
    void working_day_results_are_never_weekends_or_bank_holidays(
            @ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 60) int n) {
        assertThat(List.of(
                WORKING_DAYS.nthWorkingDayAfter(anchor, n),
                WORKING_DAYS.nthWorkingDayBeginningWith(anchor, n),
                WORKING_DAYS.nextWorkingDayOnOrAfter(anchor)))
                .allSatisfy(CalendarPropertiesTest::assertIsWorkingDay);
    }

    @Property
    @Label("an appeal deadline moved out of a holiday lands on a working day in January or September")
    void a_moved_appeal_deadline_lands_on_a_working_day(@ForAll("anchors") LocalDate decision) {
        LocalDate plain = decision.plusMonths(2);
        LocalDate due = new TribunalAppealPeriod().dueFrom(decision, WORKING_DAYS);
        if (!due.equals(plain)) {
            assertIsWorkingDay(due);
            assertThat(due.getMonth()).isIn(Month.JANUARY, Month.SEPTEMBER);
            assertThat(due).isAfter(plain);
        } else {
            assertThat(plain.getMonth()).isNotEqualTo(Month.AUGUST);
        }
    }

    private static void assertIsWorkingDay(LocalDate date) {
        assertThat(date.getDayOfWeek()).as("%s", date).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(BankHolidays.englandAndWales().isBankHoliday(date)).as("%s is a bank holiday", date).isFalse();
    }

    @Property
    @Label("the nth working day after a date is strictly increasing in n")
    void the_nth_working_day_after_a_date_is_strictly_increasing_in_n(
            @ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 80) int n) {
        assertThat(WORKING_DAYS.nthWorkingDayAfter(anchor, n + 1))
                .isAfter(WORKING_DAYS.nthWorkingDayAfter(anchor, n));
        assertThat(WORKING_DAYS.nthWorkingDayAfter(anchor, 1)).isAfter(anchor);
    }

    @Property
    @Label("counting beginning with a day is the same as counting after the day before")
    void beginning_with_a_day_is_after_the_day_before(
            @ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 30) int n) {
        LocalDate result = WORKING_DAYS.nthWorkingDayBeginningWith(anchor, n);
        assertThat(result).isAfterOrEqualTo(anchor).isBeforeOrEqualTo(WORKING_DAYS.nthWorkingDayAfter(anchor, n));
    }

    @Property
    @Label("N weeks is exactly 7N days")
    void n_weeks_are_exactly_7_times_n_days(@ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 104) int n) {
        assertThat(ChronoUnit.DAYS.between(anchor, new Weeks(n).dueFrom(anchor, WORKING_DAYS))).isEqualTo(7L * n);
        assertThat(ChronoUnit.DAYS.between(new WeeksBefore(n).dueFrom(anchor, WORKING_DAYS), anchor)).isEqualTo(7L * n);
        assertThat(ChronoUnit.DAYS.between(anchor, new WeeksBeginningWith(n).dueFrom(anchor, WORKING_DAYS)))
                .isEqualTo(7L * n - 1);
    }

    @Property
    @Label("a month limit keeps the day number unless the month is shorter")
    void months_keep_the_day_number_unless_the_month_is_shorter(
            @ForAll("anchors") LocalDate anchor, @ForAll @IntRange(min = 1, max = 24) int n) {
        LocalDate due = new Months(n).dueFrom(anchor, WORKING_DAYS);
        assertThat(ChronoUnit.MONTHS.between(anchor.withDayOfMonth(1), due.withDayOfMonth(1))).isEqualTo(n);
        assertThat(due.getDayOfMonth()).isEqualTo(Math.min(anchor.getDayOfMonth(), due.lengthOfMonth()));
    }

    @Property
    @Label("the annual review is due the day before the (clamped) first anniversary")
    void the_annual_review_is_due_the_day_before_the_anniversary(@ForAll("anchors") LocalDate anchor) {
        assertThat(new TwelveMonthPeriod().dueFrom(anchor, WORKING_DAYS).plusDays(1)).isEqualTo(anchor.plusYears(1));
    }
}
