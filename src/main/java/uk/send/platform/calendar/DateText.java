package uk.send.platform.calendar;

import java.time.LocalDate;

/** Dates as people read them in letters: "1 Dec 2025". Fixed month names, not locale data, so "Sep" never becomes "Sept". */
final class DateText {

    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private DateText() {
    }

    static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String dayAndMonth(int day, int month) {
        return day + " " + MONTHS[month - 1];
    }

    static String plural(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    static int requirePositive(int n, String what) {
        if (n < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, was " + n);
        }
        return n;
    }
}
