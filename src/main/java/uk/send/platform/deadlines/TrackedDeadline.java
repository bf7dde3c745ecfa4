package uk.send.platform.deadlines;

import java.time.LocalDate;
import uk.send.platform.calendar.Deadline;

/**
 * One time limit as its owner runs it: the deadline the rule book computed, when it was met, and whether it still
 * counts. A later cycle of the same key (the next annual review, a re-issued draft) supersedes it; a journey that
 * ends without a plan drops the limits that no longer apply, and an appeal that reopens it restores them.
 */
public final class TrackedDeadline {

    private final Deadline deadline;
    private final DeadlineKind kind;
    private final int cycle;
    private LocalDate metOn;
    private boolean current = true;
    private boolean dropped;

    TrackedDeadline(Deadline deadline, DeadlineKind kind, int cycle) {
        this.deadline = deadline;
        this.kind = kind;
        this.cycle = cycle;
    }

    public String key() {
        return deadline.key();
    }

    public Deadline deadline() {
        return deadline;
    }

    public LocalDate dueOn() {
        return deadline.dueOn();
    }

    public DeadlineKind kind() {
        return kind;
    }

    /** 0 for the first limit of its key, 1 for the next cycle, ... */
    public int cycle() {
        return cycle;
    }

    public LocalDate metOn() {
        return metOn;
    }

    /** The latest of its key: not superseded by a later cycle. */
    public boolean current() {
        return current;
    }

    public boolean dropped() {
        return dropped;
    }

    public boolean unmet() {
        return metOn == null;
    }

    /** Visible on the record: the latest of its key and still applying. */
    public boolean visible() {
        return current && !dropped;
    }

    /** The status it has once settled: OPEN while unmet (whether that is missed depends on the day it is read). */
    public DeadlineStatus settledStatus() {
        if (metOn == null) {
            return DeadlineStatus.OPEN;
        }
        return kind != DeadlineKind.WINDOW && metOn.isAfter(dueOn()) ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    }

    /** Its status read on a day: met only by a date up to that day, missed once that day is past the due date. */
    public DeadlineStatus statusOn(LocalDate day) {
        LocalDate metBy = metOn != null && !metOn.isAfter(day) ? metOn : null;
        return DeadlineStatus.of(kind, dueOn(), metBy, day);
    }

    /** Met on the day given; a limit is met once, by the first event that meets it. */
    public void meet(LocalDate on) {
        if (metOn == null) {
            metOn = on;
        }
    }

    void supersede() {
        current = false;
    }

    void drop() {
        dropped = true;
    }

    void restore() {
        dropped = false;
    }
}
