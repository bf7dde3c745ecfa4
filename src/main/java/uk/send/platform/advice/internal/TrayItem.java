package uk.send.platform.advice.internal;

import java.time.LocalDate;

/** A line in a provider's tray: the request, the child's minimum details, and how it stands against its due date. */
record TrayItem(AdviceRequest request, ChildDetails child, LocalDate today) {

    public boolean overdue() {
        return request.overdueOn(today);
    }

    /** "Overdue by 3 days", "Due today", "Due in 12 days", or how it was closed. */
    public String timing() {
        if (!request.open()) {
            return request.status() == RequestStatus.RETURNED
                    ? (request.returnedLate() ? request.daysLate(today) + " days late" : "On time") : "Withdrawn";
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, request.dueOn());
        if (days < 0) {
            return "Overdue by " + plural(-days);
        }
        return days == 0 ? "Due today" : "Due in " + plural(days);
    }

    private static String plural(long days) {
        return days + (days == 1 ? " day" : " days");
    }
}
