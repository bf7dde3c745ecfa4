package uk.send.platform.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * "Before [fixed date] in the calendar year of the transfer" (reg 18(1)): the anchor is the transfer
 * date and the due date is in the anchor's calendar year. Reg 18 says "before", so by default the last
 * compliant day is the day before (14 Feb / 30 Mar); {@code lastDayBefore = false} gives the date itself,
 * the "by" reading of most secondary sources. A fixed date never rolls off a weekend (decision 0003).
 */
public record BeforeFixedDate(MonthDay date, boolean lastDayBefore) implements TimeLimit {

    public BeforeFixedDate {
        Objects.requireNonNull(date, "date");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        LocalDate boundary = date.atYear(anchor.getYear());
        return lastDayBefore ? boundary.minusDays(1) : boundary;
    }

    @Override
    public String describe() {
        String fixed = DateText.dayAndMonth(date.getDayOfMonth(), date.getMonthValue());
        return (lastDayBefore ? "the day before " : "by ") + fixed + " in the calendar year of the transfer";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        return describe() + " on " + DateText.format(anchor);
    }

    @Override
    public boolean isForward() {
        return false;
    }
}
