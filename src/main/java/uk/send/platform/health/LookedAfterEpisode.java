package uk.send.platform.health;

import java.time.LocalDate;

/**
 * A child becoming looked after on a day, with the initial health assessment that must follow it: due, as the
 * deadline says, and done on {@code assessedOn} (with a reason when that was late).
 */
public record LookedAfterEpisode(String id, String childId, String childName, String nhsNumber, LocalDate startedOn,
        HealthDeadline deadline, LocalDate assessedOn, LateReason lateReason, String lateNote, int version) {

    public LocalDate dueOn() {
        return deadline.dueOn();
    }

    public String rule() {
        return deadline.rule();
    }
}
