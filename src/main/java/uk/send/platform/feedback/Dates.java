package uk.send.platform.feedback;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "2 October 2025", "October 2025". */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private Dates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String format(YearMonth month) {
        return MONTH.format(month);
    }

    public static String format(java.time.Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(FamilyFeedback.LONDON).toLocalDate());
    }
}
