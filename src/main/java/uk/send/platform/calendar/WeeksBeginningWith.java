package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * N weeks counting the event day as day 1: event + 7N - 1 days. Used for week limits when a
 * council chooses {@link DayOneCounting#EVENT_DAY_IS_DAY_ONE} (Surrey SENDIASS reading; decision 0004).
 */
public record WeeksBeginningWith(int n) implements TimeLimit {

    public WeeksBeginningWith {
        DateText.requirePositive(n, "weeks");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusWeeks(n).minusDays(1);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "week") + " counting the event day as day 1";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        return DateText.plural(n, "week") + " beginning with " + DateText.format(anchor);
    }
}
