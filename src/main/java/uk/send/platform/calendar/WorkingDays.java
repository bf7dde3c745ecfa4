package uk.send.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic. A working day is any day but Saturday, Sunday or an England and Wales
 * bank holiday; the gov.uk list already holds Christmas Day and Good Friday when they fall on a
 * weekday, so this matches the usual statutory definition (statutory-rules 4.2).
 */
public final class WorkingDays {

    private final BankHolidays holidays;

    public WorkingDays(BankHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public BankHolidays holidays() {
        return holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isBankHoliday(date);
    }

    /** "Within N working days of" an event: the event day is excluded (statutory-rules 4.2). */
    public LocalDate nthWorkingDayAfter(LocalDate event, int n) {
        Objects.requireNonNull(event, "event");
        requirePositive(n);
        LocalDate day = event;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** "Within N working days beginning with" a day, e.g. reg 15(2): the start is day 1 if it is a working day. */
    public LocalDate nthWorkingDayBeginningWith(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        return nthWorkingDayAfter(start.minusDays(1), n);
    }

    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void requirePositive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a count of working days must be at least 1, was " + n);
        }
    }
}
