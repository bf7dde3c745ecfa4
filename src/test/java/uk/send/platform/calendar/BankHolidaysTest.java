package uk.send.platform.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BankHolidaysTest {

    private final BankHolidays shipped = BankHolidays.englandAndWales();

    @Test
    void the_shipped_list_holds_131_dates_from_2015_to_2030() {
        assertThat(shipped.dates()).hasSize(131);
        assertThat(shipped.firstYearCovered()).isEqualTo(2015);
        assertThat(shipped.lastYearCovered()).isEqualTo(2030);
        assertThat(shipped.dates().first()).isEqualTo(of(2015, 1, 1));
        assertThat(shipped.dates().last()).isEqualTo(of(2030, 12, 26));
    }

    @Test
    void the_shipped_list_holds_the_2022_one_off_holidays() {
        assertThat(shipped.dates().subSet(of(2022, 1, 1), of(2023, 1, 1))).hasSize(10)
                .contains(of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19));
        assertThat(shipped.isBankHoliday(of(2022, 5, 30))).as("spring bank holiday moved to 2 June").isFalse();
    }

    @Test
    void the_shipped_list_holds_the_moved_VE_day_and_the_coronation() {
        assertThat(shipped.isBankHoliday(of(2020, 5, 8))).isTrue();
        assertThat(shipped.isBankHoliday(of(2020, 5, 4))).isFalse();
        assertThat(shipped.isBankHoliday(of(2023, 5, 8))).isTrue();
    }

    @Test
    void every_ordinary_year_has_eight_bank_holidays() {
        for (int year = 2015; year <= 2030; year++) {
            int expected = year == 2022 ? 10 : year == 2023 ? 9 : 8;
            assertThat(shipped.dates().subSet(of(year, 1, 1), of(year + 1, 1, 1))).as("year %d", year)
                    .hasSize(expected);
        }
    }

    @Test
    void christmas_on_a_saturday_makes_the_27th_and_28th_holidays() {
        assertThat(shipped.dates().subSet(of(2021, 12, 24), of(2022, 1, 1)))
                .containsExactly(of(2021, 12, 27), of(2021, 12, 28));
        assertThat(shipped.dates().subSet(of(2027, 12, 24), of(2028, 1, 1)))
                .containsExactly(of(2027, 12, 27), of(2027, 12, 28));
    }

    @Test
    void the_shipped_file_marks_2028_to_2030_as_projected() throws Exception {
        try (InputStream in = BankHolidays.class.getResourceAsStream(BankHolidays.SHIPPED_RESOURCE)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).filteredOn(line -> line.startsWith("2028") || line.startsWith("2029")
                    || line.startsWith("2030")).hasSize(24).allMatch(line -> line.contains("# projected"));
            assertThat(lines).filteredOn(line -> line.startsWith("2027")).noneMatch(line -> line.contains("#"));
        }
    }

    @Test
    void date_lines_ignore_comments_and_blank_lines_and_reject_anything_else() {
        assertThat(BankHolidays.parseDateLines(List.of("# header", "", "2025-12-25  # Christmas", "  2025-12-26 ")))
                .containsExactly(of(2025, 12, 25), of(2025, 12, 26));
        assertThatThrownBy(() -> BankHolidays.parseDateLines(List.of("2025-12-25", "25/12/2025")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    }

    @Test
    void a_list_made_of_given_dates_is_sorted_and_cannot_be_changed() {
        BankHolidays holidays = BankHolidays.of(List.of(of(2026, 12, 25), of(2026, 1, 1)));

        assertThat(holidays.dates()).containsExactly(of(2026, 1, 1), of(2026, 12, 25));
        assertThatThrownBy(() -> holidays.dates().add(of(2026, 5, 4)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(holidays.covers(of(2026, 7, 1))).isTrue();
        assertThat(holidays.covers(of(2027, 1, 1))).isFalse();
    }

    @Test
    void an_empty_list_covers_no_years() {
        BankHolidays none = BankHolidays.of(List.of());

        assertThat(none.covers(of(2026, 1, 1))).isFalse();
        assertThatThrownBy(none::firstYearCovered).isInstanceOf(IllegalStateException.class);
    }
}
