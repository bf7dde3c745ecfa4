package uk.send.platform.health;

import java.time.LocalDate;

/**
 * A health notification that was missed (never arrived) or late (arrived after it should have): who should have
 * told whom, by when, when it arrived if it did, and its theme. Not about one child by name: the log is read for
 * patterns; a child's id may be attached for follow-up.
 */
public record HealthNotification(long id, NotificationTheme theme, String fromService, String toService,
        LocalDate dueOn, LocalDate receivedOn, String description, String childId, LocalDate recordedOn) {

    /** Missed: it never arrived; late: it arrived after its due date. */
    @com.fasterxml.jackson.annotation.JsonProperty("outcome")
    public String outcome() {
        return receivedOn == null ? "MISSED" : "LATE";
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public String outcomeText() {
        return receivedOn == null ? "Missed" : "Late";
    }
}
