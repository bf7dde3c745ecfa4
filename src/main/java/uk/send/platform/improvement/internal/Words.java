package uk.send.platform.improvement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, months, moments and numbers as pages say them: "1 December 2026", "November 2026", "45.5%". */
public final class Words {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private final Clock clock;

    Words(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    public String moment(Instant i) {
        return i == null ? "" : MOMENT.format(i.atZone(clock.getZone()));
    }

    public String month(YearMonth m) {
        return m == null ? "" : MONTH.format(m);
    }

    public String value(BigDecimal v, String suffix) {
        return v == null ? "none" : v.stripTrailingZeros().toPlainString() + (suffix == null ? "" : suffix);
    }

    /** A due date or a milestone history value, which may be an ISO date. */
    public String maybeDate(String s) {
        if (s == null) {
            return "";
        }
        try {
            return DAY.format(LocalDate.parse(s));
        } catch (java.time.format.DateTimeParseException e) {
            return s;
        }
    }
}
