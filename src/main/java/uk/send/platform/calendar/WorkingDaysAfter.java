package uk.send.platform.calendar;

import java.time.LocalDate;

/** "Within N working days of [event]": the Nth working day after the event day (statutory-rules 4.2). */
public record WorkingDaysAfter(int n) implements TimeLimit {

    public WorkingDaysAfter {
        DateText.requirePositive(n, "working days");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return workingDays.nthWorkingDayAfter(anchor, n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "working day");
    }
}
