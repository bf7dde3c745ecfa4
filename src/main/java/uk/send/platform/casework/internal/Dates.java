package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in letters and pages, written out in full ("1 December 2025") so no locale abbreviates them oddly. */
final class Dates {

    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Dates() {
    }

    static String format(LocalDate date) {
        return date == null ? "" : FULL.format(date);
    }
}
