package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * "Within N months": the same day number N months on (1 Oct -> 1 Dec, IPSEA example), clamped to
 * the month end where that day does not exist (31 Dec + 2 months -> 28/29 Feb). Statutory-rules 3; decision 0005.
 */
public record Months(int n) implements TimeLimit {

    public Months {
        DateText.requirePositive(n, "months");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusMonths(n); // java.time clamps to the last valid day of the month
    }

    @Override
    public String describe() {
        return DateText.plural(n, "month");
    }
}
