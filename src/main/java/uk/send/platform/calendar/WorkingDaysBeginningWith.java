package uk.send.platform.calendar;

import java.time.LocalDate;

/** "Within N working days beginning with the day" (reg 15(2)): the start is day 1 if it is a working day. */
public record WorkingDaysBeginningWith(int n) implements TimeLimit {

    public WorkingDaysBeginningWith {
        DateText.requirePositive(n, "working days");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        return workingDays.nthWorkingDayBeginningWith(anchor, n);
    }

    @Override
    public String describe() {
        return DateText.plural(n, "working day") + " beginning with the day of the event";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        return DateText.plural(n, "working day") + " beginning with " + DateText.format(anchor);
    }
}
