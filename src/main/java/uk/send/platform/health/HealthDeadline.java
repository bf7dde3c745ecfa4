package uk.send.platform.health;

import java.time.LocalDate;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * A health pathway's time limit as the API and pages show it: the key, the due date, the regulation that set it
 * (citation), its plain explanation, when it was met and its status read today.
 */
public record HealthDeadline(String key, LocalDate dueOn, String rule, String explanation, LocalDate metOn,
        DeadlineStatus status) {
}
