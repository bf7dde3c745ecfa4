package uk.send.platform.casework;

import java.time.LocalDate;

/** Any event recorded on a case, for listeners that keep their own view of every journey. */
public record CaseEventRecorded(String caseId, String childId, int seq, EventType type, LocalDate on, Stage stage,
        String recordedBy) {
}
