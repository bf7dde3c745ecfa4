package uk.send.platform.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Turns the day, month and year boxes of a GOV.UK date input into an ISO date, or text the rules will refuse. */
public final class DateParts {

    private DateParts() {
    }

    /** Null when all three are blank; the ISO date when they make a real date; otherwise the text as typed. */
    public static String iso(String day, String month, String year) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1000 || y > 9999) {
                return "not-a-date";
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip())).toString();
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            return "not-a-date";
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
