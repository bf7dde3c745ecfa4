package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * The answer to recording an event: its place in the history, the case's new version and stage, and the id of
 * what it created (the advice request for ADVICE_REQUESTED, the consultation for SETTING_CONSULTED).
 */
public record RecordedEvent(String caseId, int seq, EventType type, LocalDate on, int version, Stage stage,
        String adviceId, String consultationId) {
}
