package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One advice request as the performance figures count it (docs/decisions/0040): when it was due, when (if) it came
 * back, the reg 8(2) reason given, and the child's final plan limit as casework published it (null if unknown).
 */
record PerformanceRecord(String requestId, String caseId, String childId, Long serviceId, AdviceKind kind,
        LocalDate requestedOn, LocalDate dueOn, LocalDate receivedOn, LateReason lateReason, FinalPlanLimit finalPlan) {

    enum Outcome { ON_TIME, RETURNED_LATE, OVERDUE, NOT_YET_DUE }

    /** As of a day: returned by the due date, returned after it, outstanding past it, or outstanding and not yet due. */
    Outcome outcome(LocalDate asOf) {
        if (receivedOn != null && !receivedOn.isAfter(asOf)) {
            return receivedOn.isAfter(dueOn) ? Outcome.RETURNED_LATE : Outcome.ON_TIME;
        }
        return asOf.isAfter(dueOn) ? Outcome.OVERDUE : Outcome.NOT_YET_DUE;
    }

    boolean late(LocalDate asOf) {
        Outcome o = outcome(asOf);
        return o == Outcome.RETURNED_LATE || o == Outcome.OVERDUE;
    }

    /** Calendar days after the due date: to the day it came back, or to the as-of day while outstanding. */
    long daysLate(LocalDate asOf) {
        if (!late(asOf)) {
            return 0;
        }
        LocalDate end = outcome(asOf) == Outcome.RETURNED_LATE ? receivedOn : asOf;
        return ChronoUnit.DAYS.between(dueOn, end);
    }

    /** Late with a reg 8(2) reason recorded (EXCEPTIONAL_CIRCUMSTANCES, ABSENT_FROM_AREA, MISSED_APPOINTMENT). */
    boolean excused(LocalDate asOf) {
        return late(asOf) && lateReason != null && lateReason.excuses();
    }

    /**
     * The child's plan missed its 20 weeks (reg 13(2)) while this advice was late: the final plan came after its
     * 20-week date, or no plan has come, one is still expected, and the 20-week date has passed ({@link FinalPlanLimit}).
     */
    boolean planDelayed(LocalDate asOf) {
        return late(asOf) && finalPlan != null && finalPlan.missedAsAt(asOf);
    }
}
