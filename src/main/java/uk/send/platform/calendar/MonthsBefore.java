package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * "At least N months before" an event, e.g. reg 18(2): post-16 to post-16 transfer at another time,
 * review and amend at least 5 months before. Clamped to the month end (31 Jul - 5 months -> 28/29 Feb),
 * which only ever makes the date earlier, so it stays "at least" N months (decision 0005).
 */
public record MonthsBefore(int n) implements CountedBack {

    public MonthsBefore {
        DateText.requirePositive(n, "months");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.minusMonths(n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "month") + " before";
    }
}
