package uk.send.platform.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import uk.send.platform.casework.EventType;

/**
 * One stored event of a journey, as held in case_events: the type, the day it happened, who recorded it, and the
 * event's fields in typed slots (EventShapes says which named field goes in which slot for each type).
 */
record CaseEvent(int seq, EventType type, LocalDate on, Instant recordedAt, String recordedBy, String code,
        String outcome, String ref, LocalDate otherOn, String party, String method, String reasons, String notes) {

    <E extends Enum<E>> E code(Class<E> vocabulary) {
        return code == null ? null : Enum.valueOf(vocabulary, code);
    }

    <E extends Enum<E>> E outcome(Class<E> vocabulary) {
        return outcome == null ? null : Enum.valueOf(vocabulary, outcome);
    }
}
