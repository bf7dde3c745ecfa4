package uk.send.platform.calendar;

import java.time.LocalDate;

/** "Within N days of [event]": event + N days, event day excluded; bank holidays are ignored (statutory-rules 10.3). */
public record CalendarDays(int n) implements TimeLimit {

    public CalendarDays {
        DateText.requirePositive(n, "days");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return anchor.plusDays(n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "day");
    }
}
