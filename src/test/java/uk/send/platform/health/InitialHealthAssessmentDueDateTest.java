package uk.send.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.health.internal.HealthClock;
import uk.send.platform.kernel.ConflictingChange;

/**
 * The initial health assessment is due on the 20th working day after the child became looked after (Care Planning,
 * Placement and Case Review (England) Regulations 2010 reg 33(1); statutory-rules 4.1 and 4.2): the day itself is
 * not counted, nor weekends nor England and Wales bank holidays.
 */
class InitialHealthAssessmentDueDateTest {

    private static final RuleBook BOOK = RuleBook.standard();

    private static HealthDeadline due(LocalDate startedOn, LocalDate assessedOn, LocalDate today) {
        return HealthClock.initialHealthAssessment(BOOK, startedOn, assessedOn, today).view();
    }

    private static LocalDate dueOn(String startedOn) {
        LocalDate start = LocalDate.parse(startedOn);
        return due(start, null, start).dueOn();
    }

    @ParameterizedTest(name = "looked after on {0}: due {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2022-09-12 | 2022-10-11 | the State Funeral bank holiday on Mon 19 Sep 2022 is not counted
            2023-04-28 | 2023-05-31 | the Early May and Coronation bank holidays, 1 and 8 May 2023, are not counted
            2025-12-19 | 2026-01-21 | across the year end: 25 and 26 Dec 2025 and 1 Jan 2026 are not counted
            2026-12-18 | 2027-01-20 | across the year end with Boxing Day's substitute, Mon 28 Dec 2026
            2027-12-20 | 2028-01-20 | across the year end with both Christmas substitutes, 27 and 28 Dec 2027, and 3 Jan 2028
            2024-02-28 | 2024-03-27 | across 29 February 2024, a working day counted like any other, so a day earlier than 2023
            2023-02-28 | 2023-03-28 | the same start in a year without 29 February
            2024-03-28 | 2024-04-29 | Good Friday and Easter Monday 2024 are not counted
            2028-02-25 | 2028-03-24 | across 29 February 2028, a Tuesday in a leap year
            2026-08-28 | 2026-09-28 | the Summer bank holiday, Mon 31 Aug 2026, is not counted
            """)
    void the_due_date_is_the_20th_working_day_after_the_child_became_looked_after(String startedOn, String expected,
            String why) {
        assertThat(dueOn(startedOn)).as(why).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void the_deadline_cites_the_regulation_and_explains_itself_in_plain_words() {
        HealthDeadline d = due(LocalDate.of(2022, 9, 12), null, LocalDate.of(2022, 9, 12));
        assertThat(d.rule()).isEqualTo("Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1)");
        assertThat(d.explanation()).isEqualTo("Initial health assessment due 11 October 2022: 20 working days after "
                + "12 September 2022 (weekends and bank holidays not counted), Care Planning, Placement and Case "
                + "Review (England) Regulations 2010 reg 33(1)");
    }

    @Test
    void an_assessment_on_the_due_date_is_on_time_and_one_the_next_day_is_late() {
        LocalDate start = LocalDate.of(2023, 4, 28);
        LocalDate dueOn = LocalDate.of(2023, 5, 31);
        assertThat(due(start, dueOn, dueOn.plusDays(40)).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(due(start, dueOn.plusDays(1), dueOn.plusDays(40)).status()).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void an_outstanding_assessment_is_open_until_its_due_date_and_overdue_the_day_after() {
        LocalDate start = LocalDate.of(2025, 12, 19);
        LocalDate dueOn = LocalDate.of(2026, 1, 21);
        assertThat(due(start, null, dueOn).status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(due(start, null, dueOn.plusDays(1)).status()).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void a_date_before_the_rule_book_starts_is_refused_as_unprocessable_not_a_server_error() {
        assertThatThrownBy(() -> dueOn("2010-01-04"))
                .isInstanceOf(ConflictingChange.class)
                .satisfies(e -> assertThat(((ConflictingChange) e).status()).isEqualTo(422));
    }

    @Property(tries = 300)
    @Label("the due date is a working day with exactly 20 working days after the start up to and including it")
    void the_due_date_is_a_working_day_with_exactly_20_working_days_up_to_it(
            @ForAll @IntRange(min = 0, max = 5800) int daysAfter2015) {
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(daysAfter2015);
        LocalDate due = dueOn(start.toString());
        var workingDays = BOOK.workingDays();
        assertThat(workingDays.isWorkingDay(due)).isTrue();
        assertThat(due.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        long counted = start.plusDays(1).datesUntil(due.plusDays(1)).filter(workingDays::isWorkingDay).count();
        assertThat(counted).isEqualTo(20);
    }
}
