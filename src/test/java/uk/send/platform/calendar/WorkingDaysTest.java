package uk.send.platform.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingDaysTest {

    private final WorkingDays workingDays = new WorkingDays(BankHolidays.englandAndWales());

    @Test
    void weekends_and_bank_holidays_are_not_working_days() {
        assertThat(workingDays.isWorkingDay(of(2025, 12, 24))).isTrue();
        assertThat(workingDays.isWorkingDay(of(2025, 12, 25))).isFalse();
        assertThat(workingDays.isWorkingDay(of(2025, 12, 27))).as("Saturday").isFalse();
        assertThat(workingDays.isWorkingDay(of(2025, 12, 28))).as("Sunday").isFalse();
        assertThat(workingDays.isWorkingDay(of(2022, 9, 19))).as("State Funeral").isFalse();
    }

    @Test
    void a_child_looked_after_from_Mon_12_Sep_2022_needs_a_health_assessment_by_Tue_11_Oct_2022() {
        assertThat(workingDays.nthWorkingDayAfter(of(2022, 9, 12), 20)).isEqualTo(of(2022, 10, 11));
    }

    @Test
    void a_child_looked_after_from_Fri_28_Apr_2023_needs_a_health_assessment_by_Wed_31_May_2023() {
        assertThat(workingDays.nthWorkingDayAfter(of(2023, 4, 28), 20)).isEqualTo(of(2023, 5, 31));
    }

    @Test
    void a_child_looked_after_from_Fri_19_Dec_2025_needs_a_health_assessment_by_Wed_21_Jan_2026() {
        assertThat(workingDays.nthWorkingDayAfter(of(2025, 12, 19), 20)).isEqualTo(of(2026, 1, 21));
    }

    @Test
    void a_move_known_on_Mon_22_Dec_2025_means_the_plan_transfers_by_Wed_14_Jan_2026() {
        assertThat(workingDays.nthWorkingDayBeginningWith(of(2025, 12, 22), 15)).isEqualTo(of(2026, 1, 14));
    }

    @Test
    void counting_beginning_with_a_working_day_makes_that_day_day_one() {
        assertThat(workingDays.nthWorkingDayBeginningWith(of(2025, 12, 22), 1)).isEqualTo(of(2025, 12, 22));
        assertThat(workingDays.nthWorkingDayAfter(of(2025, 12, 22), 1)).isEqualTo(of(2025, 12, 23));
    }

    @Test
    void counting_beginning_with_a_holiday_starts_at_the_next_working_day() {
        assertThat(workingDays.nthWorkingDayBeginningWith(of(2025, 12, 25), 1)).isEqualTo(of(2025, 12, 29));
        assertThat(workingDays.nthWorkingDayBeginningWith(of(2025, 12, 27), 3)).isEqualTo(of(2025, 12, 31));
    }

    @Test
    void the_next_working_day_after_Christmas_2020_is_Tue_29_Dec() {
        assertThat(workingDays.nextWorkingDayOnOrAfter(of(2020, 12, 25))).isEqualTo(of(2020, 12, 29));
        assertThat(workingDays.nextWorkingDayOnOrAfter(of(2020, 12, 29))).isEqualTo(of(2020, 12, 29));
    }

    @Test
    void a_count_below_one_working_day_is_refused() {
        assertThatThrownBy(() -> workingDays.nthWorkingDayAfter(of(2025, 1, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void without_bank_holidays_only_weekends_are_skipped() {
        WorkingDays weekdaysOnly = new WorkingDays(BankHolidays.of(List.of()));
        assertThat(weekdaysOnly.nthWorkingDayAfter(of(2025, 12, 24), 1)).isEqualTo(of(2025, 12, 25));
    }
}
