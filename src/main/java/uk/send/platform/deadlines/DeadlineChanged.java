package uk.send.platform.deadlines;

import java.time.LocalDate;

/**
 * A limit opened, was met, was superseded by its next cycle, stopped or started applying again, or an exception came
 * to overlap it, published by the module that owns it (casework for an EHC journey's limits) inside the transaction
 * that changed it, before the owner's other events about the same change. Consumers take the due date, the met
 * date, the status and whether an exception applied from here and never compute them again.
 *
 * @param owner     the owning record's kind, e.g. {@code case}
 * @param ownerId   the owning record's id, e.g. the case id
 * @param childId   the child the record is about
 * @param changedOn the date of the event that changed it (the request date when a journey opens)
 * @param before    the limit as it was, or null when this change opened it
 * @param after     the limit as it is now
 */
public record DeadlineChanged(String owner, String ownerId, String childId, LocalDate changedOn, DeadlineState before,
        DeadlineState after) {

    public String key() {
        return after.key();
    }

    public boolean opened() {
        return before == null;
    }

    /** Met by this change (it was unmet before). */
    public boolean met() {
        return after.metOn() != null && (before == null || before.metOn() == null);
    }

    /** Stopped applying with this change (dropped, e.g. a journey that ended without a plan). */
    public boolean dropped() {
        return before != null && before.applies() && !after.applies();
    }

    /** Applies again with this change (restored, e.g. an appeal reopened the journey). */
    public boolean restored() {
        return before != null && !before.applies() && after.applies();
    }

    /** Superseded by the next cycle of its key with this change. */
    public boolean superseded() {
        return before != null && before.current() && !after.current();
    }
}
