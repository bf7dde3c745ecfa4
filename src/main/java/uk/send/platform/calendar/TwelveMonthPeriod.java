package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * "In the period of 12 months starting with" a date (CFA 2014 s44(1), annual review): the last day
 * of the period is anchor + 12 months - 1 day; 1 Jan 2019 -> 31 Dec 2019 (statutory-rules 10.6).
 * From 29 Feb the month-end clamp gives 28 Feb, so the period ends 27 Feb: the earlier, safe reading (decision 0005).
 */
public record TwelveMonthPeriod() implements TimeLimit {

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusMonths(12).minusDays(1);
    }

    @Override
    public String describe() {
        return "the 12-month period beginning with the date";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        return "the 12 months beginning with " + DateText.format(anchor);
    }
}
