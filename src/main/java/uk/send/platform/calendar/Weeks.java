package uk.send.platform.calendar;

import java.time.LocalDate;

/** "Within N weeks of [event]": event + 7N days, event day excluded (statutory-rules 10.1; decision 0004). */
public record Weeks(int n) implements TimeLimit {

    public Weeks {
        DateText.requirePositive(n, "weeks");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusWeeks(n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "week");
    }
}
