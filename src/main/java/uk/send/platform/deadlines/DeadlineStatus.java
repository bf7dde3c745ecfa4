package uk.send.platform.deadlines;

import java.time.LocalDate;

/** MET when met on or before the due date; MISSED when met after it, or still unmet once it has passed; else OPEN. */
public enum DeadlineStatus {
    OPEN, MET, MISSED;

    public static DeadlineStatus of(DeadlineKind kind, LocalDate dueOn, LocalDate metOn, LocalDate today) {
        if (kind == DeadlineKind.WINDOW) {
            // A window is the family's time, not a duty on the LA: it closes, it is never missed (decision 0009).
            return metOn == null ? OPEN : MET;
        }
        if (metOn != null) {
            return metOn.isAfter(dueOn) ? MISSED : MET;
        }
        return today.isAfter(dueOn) ? MISSED : OPEN;
    }
}
