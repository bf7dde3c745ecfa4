package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * "N days, beginning with the day on which [X]" (reg 13(1), 22(2)(c)): X is day 1, so the last day
 * is X + N - 1. Served Mon 3 Mar 2025, 15 days: to Mon 17 Mar 2025 (statutory-rules 10.2).
 */
public record DaysBeginningWith(int n) implements TimeLimit {

    public DaysBeginningWith {
        DateText.requirePositive(n, "days");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusDays(n - 1L);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "day") + " beginning with the day of the event";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        return DateText.plural(n, "day") + " beginning with " + DateText.format(anchor);
    }
}
