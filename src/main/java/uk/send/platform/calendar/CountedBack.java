package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * A limit counted back from its anchor ("at least N weeks before the meeting"): it falls before the anchor, and is
 * explained as "2 weeks before 3 Mar 2026".
 */
public sealed interface CountedBack extends TimeLimit permits WeeksBefore, MonthsBefore {

    @Override
    default String describeFrom(LocalDate anchor) {
        return describe() + " " + DateText.format(anchor);
    }

    @Override
    default boolean isForward() {
        return false;
    }
}
