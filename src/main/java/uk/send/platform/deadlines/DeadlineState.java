package uk.send.platform.deadlines;

import java.time.LocalDate;

/**
 * One limit of a ledger at a moment: what {@link DeadlineLedger#snapshot} takes before and after a change so the
 * owner can publish what changed. {@code applies} is false once dropped; {@code current} false once superseded.
 */
public record DeadlineState(String key, int cycle, String ruleKey, String citation, DeadlineKind kind,
        LocalDate anchorOn, LocalDate dueOn, LocalDate metOn, DeadlineStatus status, boolean exceptionApplies,
        boolean applies, boolean current) {

    /** Identifies the limit across snapshots: its key and cycle. */
    public String identity() {
        return key + "#" + cycle;
    }
}
