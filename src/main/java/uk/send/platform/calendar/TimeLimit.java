package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * How a statutory time limit is counted from its anchor (the event the law counts from).
 * Each way of counting is its own record so the arithmetic, and the reason for it, sits in one place.
 */
public sealed interface TimeLimit
        permits Weeks, WeeksBeginningWith, CountedBack, CalendarDays, DaysBeginningWith, Months,
                TwelveMonthPeriod, WorkingDaysAfter, WorkingDaysBeginningWith, BeforeFixedDate, TribunalAppealPeriod,
                HouseMoveTransfer {

    LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays);

    /** The limit in words, without the anchor: "20 weeks". */
    String describe();

    /** The limit in words with its anchor, as used in explanations: "20 weeks from 14 Jul 2025". */
    default String describeFrom(LocalDate anchor) {
        return describe() + " from " + DateText.format(anchor);
    }

    /** False for limits that fall before their anchor (notice before a meeting, review before a transfer). */
    default boolean isForward() {
        return true;
    }
}
