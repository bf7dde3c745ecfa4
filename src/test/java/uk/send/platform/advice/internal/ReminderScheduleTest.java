package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    static final LocalDate DUE = LocalDate.of(2025, 10, 2);
    final ReminderSchedule standard = new ReminderSchedule(List.of(14), true, 7);

    private Optional<String> keyOn(ReminderSchedule schedule, LocalDate day) {
        return schedule.current(DUE, day).map(ReminderSchedule.Reminder::key);
    }

    @Test
    void by_default_a_service_is_reminded_two_weeks_before_on_the_day_and_weekly_while_overdue() {
        assertThat(keyOn(standard, DUE.minusDays(15))).isEmpty();
        assertThat(keyOn(standard, DUE.minusDays(14))).contains("before-14");
        assertThat(keyOn(standard, DUE.minusDays(1))).contains("before-14");
        assertThat(keyOn(standard, DUE)).contains("due-day");
        assertThat(keyOn(standard, DUE.plusDays(6))).contains("due-day");
        assertThat(keyOn(standard, DUE.plusDays(7))).contains("overdue-1");
        assertThat(keyOn(standard, DUE.plusDays(13))).contains("overdue-1");
        assertThat(keyOn(standard, DUE.plusDays(14))).contains("overdue-2");
        assertThat(keyOn(standard, DUE.plusDays(70))).contains("overdue-10");
    }

    @Test
    void a_job_that_missed_days_sends_only_the_reminder_due_now() {
        assertThat(keyOn(standard, DUE.plusDays(9))).contains("overdue-1");
        assertThat(standard.current(DUE, DUE.plusDays(9)).orElseThrow().from()).isEqualTo(DUE.plusDays(7));
    }

    @Test
    void offsets_are_configurable() {
        ReminderSchedule custom = new ReminderSchedule(List.of(7, 21), false, 3);
        assertThat(keyOn(custom, DUE.minusDays(21))).contains("before-21");
        assertThat(keyOn(custom, DUE.minusDays(8))).contains("before-21");
        assertThat(keyOn(custom, DUE.minusDays(7))).contains("before-7");
        assertThat(keyOn(custom, DUE)).isEmpty();
        assertThat(keyOn(custom, DUE.plusDays(3))).contains("overdue-1");
        assertThat(keyOn(custom, DUE.plusDays(6))).contains("overdue-2");
        assertThat(custom.lookAheadDays()).isEqualTo(21);
    }

    @Test
    void nonsense_offsets_are_refused_at_start_up() {
        assertThatThrownBy(() -> new ReminderSchedule(List.of(0), true, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderSchedule(List.of(14), true, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_email_says_how_the_request_stands_on_the_day_it_is_sent() {
        assertThat(ReminderSchedule.describe(DUE, DUE.minusDays(14))).isEqualTo("due in 14 days");
        assertThat(ReminderSchedule.describe(DUE, DUE.minusDays(1))).isEqualTo("due in 1 day");
        assertThat(ReminderSchedule.describe(DUE, DUE)).isEqualTo("due today");
        assertThat(ReminderSchedule.describe(DUE, DUE.plusDays(9))).isEqualTo("overdue by 9 days");
    }
}
