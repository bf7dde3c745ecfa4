package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a service is reminded of an open request: some days before the 6-week due date (reg 8(1)), on the due day,
 * and every so many days while it is overdue (defaults 14 days before, on the day, weekly). Each reminder has a
 * window, from its own day up to the next reminder's; on any day at most one window is open, so a job that missed
 * days sends only the reminder due now, never a backlog.
 */
@Component
class ReminderSchedule {

    /** A reminder: its key, unique per request and never reused, and its window [from, until). */
    record Reminder(String key, LocalDate from, LocalDate until) {

        boolean openOn(LocalDate day) {
            return !day.isBefore(from) && day.isBefore(until);
        }
    }

    private final List<Integer> daysBefore;
    private final boolean onDueDay;
    private final int overdueEvery;

    ReminderSchedule(@Value("${send.advice.reminders.days-before:14}") List<Integer> daysBefore,
            @Value("${send.advice.reminders.on-due-day:true}") boolean onDueDay,
            @Value("${send.advice.reminders.overdue-every-days:7}") int overdueEvery) {
        if (overdueEvery < 1 || daysBefore.stream().anyMatch(d -> d < 1 || d > 41)) {
            throw new IllegalArgumentException("Reminders come 1 to 41 days before the due date and every 1 day or more after it");
        }
        this.daysBefore = daysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        this.onDueDay = onDueDay;
        this.overdueEvery = overdueEvery;
    }

    /** The reminder whose window holds the day, if any. */
    Optional<Reminder> current(LocalDate dueOn, LocalDate day) {
        long late = ChronoUnit.DAYS.between(dueOn, day);
        if (late >= overdueEvery) {
            long n = late / overdueEvery;
            return Optional.of(new Reminder("overdue-" + n, dueOn.plusDays(n * overdueEvery),
                    dueOn.plusDays((n + 1) * overdueEvery)));
        }
        return beforeOverdue(dueOn).stream().filter(r -> r.openOn(day)).findFirst();
    }

    /** Requests due up to this many days ahead may have a reminder open. */
    int lookAheadDays() {
        return daysBefore.isEmpty() ? 0 : daysBefore.get(0);
    }

    private List<Reminder> beforeOverdue(LocalDate dueOn) {
        List<Reminder> reminders = new ArrayList<>();
        for (int i = 0; i < daysBefore.size(); i++) {
            LocalDate until = i + 1 < daysBefore.size() ? dueOn.minusDays(daysBefore.get(i + 1)) : dueOn;
            reminders.add(new Reminder("before-" + daysBefore.get(i), dueOn.minusDays(daysBefore.get(i)), until));
        }
        if (onDueDay) {
            reminders.add(new Reminder("due-day", dueOn, dueOn.plusDays(overdueEvery)));
        }
        return reminders;
    }

    /** "due in 12 days", "due today", "overdue by 9 days": as of the day the reminder is sent. */
    static String describe(LocalDate dueOn, LocalDate day) {
        long days = ChronoUnit.DAYS.between(day, dueOn);
        if (days > 0) {
            return "due in " + days + (days == 1 ? " day" : " days");
        }
        return days == 0 ? "due today" : "overdue by " + -days + (days == -1 ? " day" : " days");
    }
}
