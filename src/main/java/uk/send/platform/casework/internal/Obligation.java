package uk.send.platform.casework.internal;

import java.time.LocalDate;
import uk.send.platform.calendar.Deadline;
import uk.send.platform.casework.DeadlineKind;

/**
 * One time limit on a journey: the deadline the rule book computed, when it was met, and whether it still counts.
 * A later cycle of the same key (the next annual review, a re-issued draft) supersedes it; a journey that ends
 * without a plan drops the limits that no longer apply (api-contract.md: finalPlan "until the journey ends").
 */
final class Obligation {

    private final Deadline deadline;
    private final DeadlineKind kind;
    private final int cycle;
    private LocalDate metOn;
    private boolean current = true;
    private boolean dropped;

    Obligation(Deadline deadline, DeadlineKind kind, int cycle) {
        this.deadline = deadline;
        this.kind = kind;
        this.cycle = cycle;
    }

    String key() {
        return deadline.key();
    }

    Deadline deadline() {
        return deadline;
    }

    LocalDate dueOn() {
        return deadline.dueOn();
    }

    DeadlineKind kind() {
        return kind;
    }

    int cycle() {
        return cycle;
    }

    LocalDate metOn() {
        return metOn;
    }

    boolean current() {
        return current;
    }

    boolean dropped() {
        return dropped;
    }

    boolean unmet() {
        return metOn == null;
    }

    /** Visible on the case: the latest of its key and still applying. */
    boolean visible() {
        return current && !dropped;
    }

    void meet(LocalDate on) {
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
