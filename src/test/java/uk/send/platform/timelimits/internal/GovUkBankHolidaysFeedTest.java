package uk.send.platform.timelimits.internal;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.send.platform.calendar.BankHolidays;

/** gov.uk's bank-holidays.json as read at the upload edge (moved from BankHolidaysTest with the reader). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GovUkBankHolidaysFeedTest {

    private final BankHolidays shipped = BankHolidays.englandAndWales();

    @Test
    void the_gov_uk_feed_gives_the_england_and_wales_dates_only() {
        String json = """
                {"england-and-wales": {"division": "england-and-wales", "events": [
                    {"title": "New Year\\u2019s Day", "date": "2026-01-01", "notes": "", "bunting": true},
                    {"title": "Good Friday", "date": "2026-04-03", "notes": "", "bunting": false},
                    {"title": "Boxing Day", "date": "2026-12-28", "notes": "Substitute day", "bunting": true}]},
                 "scotland": {"division": "scotland", "events": [
                    {"title": "2nd January", "date": "2026-01-02", "notes": "", "bunting": true}]},
                 "northern-ireland": {"division": "northern-ireland", "events": []}}
                """;

        BankHolidays holidays = GovUkBankHolidaysFeed.englandAndWales(stream(json));

        assertThat(holidays.dates()).containsExactly(of(2026, 1, 1), of(2026, 4, 3), of(2026, 12, 28));
        assertThat(holidays.isBankHoliday(of(2026, 1, 2))).isFalse();
    }

    @Test
    void the_gov_uk_feed_agrees_with_the_shipped_list_for_the_same_dates() {
        StringBuilder events = new StringBuilder();
        for (LocalDate date : shipped.dates()) {
            events.append(events.length() == 0 ? "" : ",").append("{\"title\":\"x\",\"date\":\"").append(date)
                    .append("\",\"notes\":\"\",\"bunting\":true}");
        }
        String json = "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[" + events + "]}}";

        assertThat(GovUkBankHolidaysFeed.englandAndWales(stream(json))).isEqualTo(shipped);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "not json",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-01-01\"}]}",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-01-01\"}]}} trailing",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-01-01\",}]}}",
        "{\"england-and-wales\": {\"events\": [{\"date\": 2026}]}}",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"01/01/2026\"}]}}",
        "{\"england-and-wales\": {\"events\": [{\"title\": \"no date\"}]}}",
        "{\"england-and-wales\": {\"events\": []}}",
        "{\"england-and-wales\": {\"events\": {}}}",
        "{\"scotland\": {\"events\": [{\"date\": \"2026-01-01\"}]}}",
        "[{\"date\": \"2026-01-01\"}]",
        "{\"england-and-wales\": {\"events\": [{\"date\": \"2026-01-01\\x\"}]}}"
    })
    void a_malformed_gov_uk_feed_is_rejected_with_a_clear_message(String json) {
        assertThatThrownBy(() -> GovUkBankHolidaysFeed.englandAndWales(stream(json)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gov.uk bank holidays JSON: ");
    }

    @Test
    void the_message_for_a_malformed_feed_says_what_is_wrong() {
        assertThatThrownBy(() -> GovUkBankHolidaysFeed.englandAndWales(stream("{\"scotland\": {}}")))
                .hasMessage("gov.uk bank holidays JSON: missing \"england-and-wales\"");
        assertThatThrownBy(() -> GovUkBankHolidaysFeed.englandAndWales(stream("{\"england-and-wales\": ")))
                .hasMessageContaining("malformed JSON at character");
    }

    @Test
    void an_absurdly_deeply_nested_file_is_refused_rather_than_overflowing_the_stack() {
        assertThatThrownBy(() -> GovUkBankHolidaysFeed.englandAndWales(stream("[".repeat(10_000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("gov.uk bank holidays JSON: malformed JSON");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
