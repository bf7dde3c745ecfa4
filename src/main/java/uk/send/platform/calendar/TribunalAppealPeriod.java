package uk.send.platform.calendar;

import java.time.LocalDate;
import java.time.Month;

/**
 * Time to appeal to the First-tier Tribunal (SEND): 2 months after the decision notice was sent
 * (SI 2008/2699 r.20(1)(c)(i)), or 1 month from a mediation certificate (r.20(1)(c)(ii)).
 * Holiday rule (IPSEA [S]; rule number unverified [U]): a deadline on 25 Dec to 1 Jan moves to the next
 * working day in January; one in August moves to the first working day in September.
 */
public record TribunalAppealPeriod(int months) implements TimeLimit {

    /** The usual 2 months after the decision notice. */
    public TribunalAppealPeriod() {
        this(2);
    }

    public TribunalAppealPeriod {
        DateText.requirePositive(months, "months");
    }

    @Override
    public LocalDate dueFrom(LocalDate anchor, WorkingDays workingDays) {
        LocalDate plain = anchor.plusMonths(months);
        if (inChristmasHoliday(plain)) {
            // 1 Jan is always a bank holiday or a weekend, so the first January working day is on or after 2 Jan.
            int january = plain.getMonth() == Month.JANUARY ? plain.getYear() : plain.getYear() + 1;
            return workingDays.nextWorkingDayOnOrAfter(LocalDate.of(january, 1, 2));
        }
        if (plain.getMonth() == Month.AUGUST) {
            return workingDays.nextWorkingDayOnOrAfter(LocalDate.of(plain.getYear(), 9, 1));
        }
        return plain;
    }

    static boolean inChristmasHoliday(LocalDate date) {
        return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 25)
                || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1);
    }

    @Override
    public String describe() {
        return DateText.plural(months, "month") + ", out of the Christmas and August holidays";
    }

    @Override
    public String describeFrom(LocalDate anchor) {
        LocalDate plain = anchor.plusMonths(months);
        String base = DateText.plural(months, "month") + " from " + DateText.format(anchor);
        if (inChristmasHoliday(plain)) {
            return base + " (" + DateText.format(plain) + " falls in 25 Dec to 1 Jan, so the next working day in January)";
        }
        if (plain.getMonth() == Month.AUGUST) {
            return base + " (" + DateText.format(plain) + " falls in August, so the first working day in September)";
        }
        return base;
    }
}
