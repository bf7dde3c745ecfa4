package uk.send.platform.insight.internal;

import java.time.LocalDate;

/**
 * One of a journey's time limits as casework published it (casework owns every deadline): the day it runs from, the
 * day it falls due and, once met, whether casework judged it met in time. Insight keeps these dates on its records
 * and never works one out.
 */
record Limit(LocalDate anchorOn, LocalDate dueOn, boolean metInTime) {

    /** A limit not yet met. */
    static Limit unmet(LocalDate anchorOn, LocalDate dueOn) {
        return new Limit(anchorOn, dueOn, false);
    }

    /** The first day it is overdue when still unmet. */
    LocalDate overdueFrom() {
        return dueOn.plusDays(1);
    }
}
