package uk.send.platform.advice.internal;

import java.time.LocalDate;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * A case's final plan limit (reg 13(2)) as casework published it: its due date, the day the final plan was issued
 * (null while none has been), and whether it still applies (false once the journey ended without a plan).
 */
record FinalPlanLimit(LocalDate dueOn, LocalDate metOn, boolean applies) {

    /**
     * The plan missed its limit as at a day: issued after its due date, or not issued, still expected, and the due
     * date has passed. A journey that ended without a plan never counts; a plan issued counts however it ended.
     */
    boolean missedAsAt(LocalDate asOf) {
        if (metOn == null && !applies) {
            return false;
        }
        return DeadlineStatus.of(DeadlineKind.DUTY, dueOn, metOn, asOf) == DeadlineStatus.MISSED;
    }
}
