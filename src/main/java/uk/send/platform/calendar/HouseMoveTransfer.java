package uk.send.platform.calendar;

import java.time.LocalDate;

/**
 * Reg 15(2): the old authority transfers the plan "on the day of the move or, where it has not become aware of the
 * move at least 15 working days prior to that move, within 15 working days beginning with the day on which it did
 * become aware". The anchor is the day the authority became aware; the move date comes with it.
 */
public record HouseMoveTransfer(int workingDays) implements TimeLimit {

    public HouseMoveTransfer {
        DateText.requirePositive(workingDays, "working days");
    }

    /** Without the move date: the late-awareness limit, the Nth working day beginning with the day of awareness. */
    @Override
    public LocalDate dueFrom(LocalDate awareOn, WorkingDays days) {
        return days.nthWorkingDayBeginningWith(awareOn, workingDays);
    }

    /**
     * Aware at least N working days before the move (the Nth working day beginning with awareness falls before it):
     * the day of the move, which is never moved to a working day. Otherwise the Nth working day beginning with
     * awareness, which is on or after the move.
     */
    public LocalDate dueFrom(LocalDate awareOn, LocalDate moveOn, WorkingDays days) {
        LocalDate late = dueFrom(awareOn, days);
        return late.isBefore(moveOn) ? moveOn : late;
    }

    @Override
    public String describe() {
        return "on the day of the move, or " + DateText.plural(workingDays, "working day")
                + " beginning with the day the authority became aware of it if that was less than "
                + DateText.plural(workingDays, "working day") + " before the move";
    }

    @Override
    public String describeFrom(LocalDate awareOn) {
        return "on the day of the move, or " + DateText.plural(workingDays, "working day") + " beginning with "
                + DateText.format(awareOn) + " (when the authority became aware) if that was less than "
                + DateText.plural(workingDays, "working day") + " before the move";
    }
}
