package uk.send.platform.calendar;

import java.time.LocalDate;

/** "At least N weeks before" an event, e.g. review meeting notice, reg 20(3): event - 7N days. */
public record WeeksBefore(int n) implements CountedBack {

    public WeeksBefore {
        DateText.requirePositive(n, "weeks");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.minusWeeks(n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "week") + " before";
    }
}
