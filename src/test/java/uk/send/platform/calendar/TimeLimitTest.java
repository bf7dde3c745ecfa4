package uk.send.platform.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimeLimitTest {

    private final WorkingDays workingDays = new WorkingDays(BankHolidays.englandAndWales());

    private LocalDate due(TimeLimit limit, LocalDate anchor) {
        return limit.dueFrom(anchor, workingDays);
    }

    @Test
    void weeks_ignore_bank_holidays_so_6_weeks_from_14_Jul_2025_is_the_August_bank_holiday() {
        assertThat(due(new Weeks(6), of(2025, 7, 14))).isEqualTo(of(2025, 8, 25));
    }

    @Test
    void counting_the_event_day_as_day_one_makes_a_week_limit_one_day_earlier() {
        assertThat(due(new WeeksBeginningWith(6), of(2025, 7, 14))).isEqualTo(of(2025, 8, 24));
    }

    @Test
    void fifteen_days_beginning_with_Mon_3_Mar_2025_run_to_Mon_17_Mar_2025() {
        assertThat(due(new DaysBeginningWith(15), of(2025, 3, 3))).isEqualTo(of(2025, 3, 17));
    }

    @Test
    void two_weeks_before_a_meeting_on_Fri_10_May_2024_is_Fri_26_Apr_2024() {
        assertThat(due(new WeeksBefore(2), of(2024, 5, 10))).isEqualTo(of(2024, 4, 26));
    }

    @ParameterizedTest(name = "{0} plus {1} months is {2}")
    @CsvSource({
        "2024-10-01, 2, 2024-12-01",
        "2024-12-31, 2, 2025-02-28",
        "2023-12-31, 2, 2024-02-29",
        "2025-08-31, 1, 2025-09-30",
        "2025-01-30, 1, 2025-02-28"
    })
    void months_keep_the_day_number_and_clamp_to_the_month_end(LocalDate anchor, int months, LocalDate expected) {
        assertThat(due(new Months(months), anchor)).isEqualTo(expected);
    }

    @Test
    void five_months_before_31_Jul_clamps_to_the_end_of_February() {
        assertThat(due(new MonthsBefore(5), of(2026, 7, 31))).isEqualTo(of(2026, 2, 28));
        assertThat(due(new MonthsBefore(5), of(2028, 7, 31))).isEqualTo(of(2028, 2, 29));
    }

    @Test
    void the_twelve_month_period_beginning_1_Jan_2019_ends_31_Dec_2019() {
        assertThat(due(new TwelveMonthPeriod(), of(2019, 1, 1))).isEqualTo(of(2019, 12, 31));
    }

    @Test
    void the_twelve_month_period_beginning_29_Feb_2024_ends_27_Feb_2025_the_safe_reading() {
        // 29 Feb 2024 + 12 months clamps to 28 Feb 2025; minus one day gives 27 Feb (decision 0005).
        assertThat(due(new TwelveMonthPeriod(), of(2024, 2, 29))).isEqualTo(of(2025, 2, 27));
    }

    @Test
    void the_twelve_month_period_beginning_1_Mar_2023_ends_on_leap_day_2024() {
        assertThat(due(new TwelveMonthPeriod(), of(2023, 3, 1))).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void an_appeal_deadline_on_Christmas_Day_moves_to_the_next_working_day_in_January() {
        TribunalAppealPeriod appeal = new TribunalAppealPeriod();
        assertThat(due(appeal, of(2025, 10, 25))).isEqualTo(of(2026, 1, 2));
        assertThat(due(appeal, of(2020, 10, 25))).as("1 Jan 2021 is a Friday bank holiday").isEqualTo(of(2021, 1, 4));
        assertThat(due(appeal, of(2021, 10, 25))).as("3 Jan 2022 is the substitute day").isEqualTo(of(2022, 1, 4));
    }

    @Test
    void an_appeal_deadline_on_any_day_from_25_Dec_to_1_Jan_moves_into_January() {
        TribunalAppealPeriod appeal = new TribunalAppealPeriod();
        assertThat(due(appeal, of(2025, 10, 31))).as("31 Dec").isEqualTo(of(2026, 1, 2));
        assertThat(due(appeal, of(2025, 11, 1))).as("1 Jan").isEqualTo(of(2026, 1, 2));
        assertThat(due(appeal, of(2025, 10, 24))).as("24 Dec is not in the holiday").isEqualTo(of(2025, 12, 24));
        assertThat(due(appeal, of(2025, 11, 2))).as("2 Jan is not in the holiday").isEqualTo(of(2026, 1, 2));
    }

    @Test
    void an_appeal_deadline_in_August_moves_to_the_first_working_day_in_September() {
        TribunalAppealPeriod appeal = new TribunalAppealPeriod();
        assertThat(due(appeal, of(2025, 6, 15))).isEqualTo(of(2025, 9, 1));
        assertThat(due(appeal, of(2024, 6, 15))).as("1 Sep 2024 is a Sunday").isEqualTo(of(2024, 9, 2));
        assertThat(due(appeal, of(2025, 6, 1))).as("1 Aug").isEqualTo(of(2025, 9, 1));
        assertThat(due(appeal, of(2025, 5, 30))).as("30 Jul").isEqualTo(of(2025, 7, 30));
    }

    @Test
    void the_one_month_appeal_after_a_mediation_certificate_follows_the_same_holiday_rule() {
        assertThat(due(new TribunalAppealPeriod(1), of(2025, 7, 10))).isEqualTo(of(2025, 9, 1));
        assertThat(due(new TribunalAppealPeriod(1), of(2025, 11, 26))).isEqualTo(of(2026, 1, 2));
    }

    @Test
    void a_phase_transfer_in_2026_must_be_reviewed_before_15_Feb_so_by_Sat_14_Feb_with_no_roll() {
        LocalDate due = due(new BeforeFixedDate(MonthDay.of(2, 15), true), of(2026, 9, 1));

        assertThat(due).isEqualTo(of(2026, 2, 14));
        assertThat(due.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(due(new BeforeFixedDate(MonthDay.of(2, 15), false), of(2026, 9, 1))).isEqualTo(of(2026, 2, 15));
    }

    @Test
    void a_limit_counted_in_zero_or_fewer_units_is_refused() {
        assertThatThrownBy(() -> new Weeks(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Months(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WorkingDaysAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void each_limit_describes_itself_in_words() {
        assertThat(new Weeks(1).describe()).isEqualTo("1 week");
        assertThat(new Weeks(20).describeFrom(of(2025, 7, 14))).isEqualTo("20 weeks from 14 Jul 2025");
        assertThat(new WeeksBefore(2).describeFrom(of(2024, 5, 10))).isEqualTo("2 weeks before 10 May 2024");
        assertThat(new DaysBeginningWith(15).describeFrom(of(2025, 3, 3))).isEqualTo("15 days beginning with 3 Mar 2025");
        assertThat(new WorkingDaysAfter(20).describeFrom(of(2022, 9, 12))).isEqualTo("20 working days from 12 Sep 2022");
        assertThat(new TribunalAppealPeriod().describeFrom(of(2025, 6, 15)))
                .isEqualTo("2 months from 15 Jun 2025 (15 Aug 2025 falls in August, so the first working day in September)");
    }
}
