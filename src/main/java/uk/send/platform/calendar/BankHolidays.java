package uk.send.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * England and Wales bank holidays; immutable.
 *
 * <p>The shipped list (2015-2030, 2028 onwards projected) is a fallback: the gov.uk feed is the
 * authority because extra days are proclaimed at short notice (2020, 2022, 2023); timelimits reads it and hands
 * the dates in with {@link #of}. See decision 0007.
 */
public final class BankHolidays {

    static final String SHIPPED_RESOURCE = "/calendar/bank-holidays-england-and-wales.txt";

    private final SortedSet<LocalDate> dates;

    private BankHolidays(Collection<LocalDate> dates) {
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate date : Objects.requireNonNull(dates, "dates")) {
            copy.add(Objects.requireNonNull(date, "bank holiday dates must not contain null"));
        }
        this.dates = Collections.unmodifiableSortedSet(copy);
    }

    /** The list shipped with the platform: 131 dates, 2015 to 2030. */
    public static BankHolidays englandAndWales() {
        return Shipped.INSTANCE;
    }

    public static BankHolidays of(Collection<LocalDate> dates) {
        return new BankHolidays(dates);
    }

    public boolean isBankHoliday(LocalDate date) {
        return dates.contains(Objects.requireNonNull(date, "date"));
    }

    public SortedSet<LocalDate> dates() {
        return dates;
    }

    public int firstYearCovered() {
        return requireSomeDates().first().getYear();
    }

    public int lastYearCovered() {
        return requireSomeDates().last().getYear();
    }

    /** Whether the list covers the date's year; outside it, only weekends are known non-working. */
    public boolean covers(LocalDate date) {
        return !dates.isEmpty()
                && date.getYear() >= firstYearCovered()
                && date.getYear() <= lastYearCovered();
    }

    private SortedSet<LocalDate> requireSomeDates() {
        if (dates.isEmpty()) {
            throw new IllegalStateException("no bank holidays loaded, so no years are covered");
        }
        return dates;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BankHolidays that && dates.equals(that.dates);
    }

    @Override
    public int hashCode() {
        return dates.hashCode();
    }

    @Override
    public String toString() {
        return dates.isEmpty()
                ? "BankHolidays[none]"
                : "BankHolidays[" + dates.size() + " dates, " + firstYearCovered() + "-" + lastYearCovered() + "]";
    }

    /** Loaded once, on first use. */
    private static final class Shipped {
        static final BankHolidays INSTANCE = load();

        private static BankHolidays load() {
            InputStream in = BankHolidays.class.getResourceAsStream(SHIPPED_RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + SHIPPED_RESOURCE);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return of(parseDateLines(reader.lines().toList()));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + SHIPPED_RESOURCE, e);
            }
        }
    }

    /** One ISO date per line; '#' starts a comment; blank lines are ignored. */
    static SortedSet<LocalDate> parseDateLines(Collection<String> lines) {
        TreeSet<LocalDate> result = new TreeSet<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            int hash = line.indexOf('#');
            String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                result.add(LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": not an ISO date: '" + text + "'", e);
            }
        }
        return result;
    }
}
