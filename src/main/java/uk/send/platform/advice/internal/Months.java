package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import uk.send.platform.kernel.InvalidInput;

/** Reads a month from a request ("2026-10"); a missing one means last month, the latest complete month. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return YearMonth.from(today).minusMonths(1);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("month", "Enter the month as YYYY-MM, for example 2026-10");
        }
    }
}
