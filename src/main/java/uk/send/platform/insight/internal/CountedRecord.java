package uk.send.platform.insight.internal;

import java.time.LocalDate;

/**
 * A row of insight_records: one record counted by a counter. A flow record is dated on its event; a stock record is
 * a segment [on, until) of the time it stands in the count, in one cell (a new segment starts when the child moves
 * to another age band or the case to another team).
 */
record CountedRecord(long id, Counter counter, String caseId, String childId, String ref, LocalDate on,
        LocalDate until, Cell cell, String category, boolean hit, int amount, LocalDate anchorOn, LocalDate dueOn) {

    Totals totals() {
        return new Totals(1, hit ? 1 : 0, amount);
    }

    CountedRecord startingOn(LocalDate day, Cell in, LocalDate end) {
        return new CountedRecord(0, counter, caseId, childId, ref, day, end, in, category, hit, amount, anchorOn,
                dueOn);
    }

    /** Whether the segment counts on the day given. */
    boolean standsOn(LocalDate day) {
        return !on.isAfter(day) && (until == null || until.isAfter(day));
    }
}
