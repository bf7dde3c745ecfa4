package uk.send.platform.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * The days a figure covers, from and to inclusive. Flows count what happened in it; stocks count what stood at its
 * end. At most ten years, so that a figure is always a bounded read.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    public Period {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("from", "Enter the start of the period, for example 2025-01-01"));
        }
        if (to == null) {
            problems.add(new FieldProblem("to", "Enter the end of the period, for example 2025-12-31"));
        }
        if (problems.isEmpty() && from.isAfter(to)) {
            problems.add(new FieldProblem("from", "The start of the period (" + from + ") must be on or before its end ("
                    + to + ")"));
        }
        if (problems.isEmpty() && to.isAfter(from.plusYears(MAX_YEARS).minusDays(1))) {
            problems.add(new FieldProblem("to", "A period can be at most " + MAX_YEARS + " years long"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Reads ISO dates from a request; a date that does not exist (2025-02-30) is refused with the field named. */
    public static Period parse(String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Period(start, end);
    }

    public static Period of(YearMonth first, YearMonth last) {
        return new Period(first.atDay(1), last.atEndOfMonth());
    }

    /** The whole calendar months of a period that ends with the month given. */
    public static Period monthsEnding(YearMonth last, int months) {
        return of(last.minusMonths(months - 1L), last);
    }

    /** Whether the period starts on the first day of a month and ends on the last day of one. */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.equals(YearMonth.from(to).atEndOfMonth());
    }

    /** The period of the same length just before this one, for trend arrows. */
    public Period previous() {
        if (wholeMonths()) {
            long months = ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to)) + 1;
            return of(YearMonth.from(from).minusMonths(months), YearMonth.from(from).minusMonths(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }

    private static LocalDate date(String field, String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "Enter " + field + " as a date, for example 2025-01-31"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is not a real date; enter " + field
                    + " as YYYY-MM-DD, for example 2025-01-31"));
            return null;
        }
    }
}
