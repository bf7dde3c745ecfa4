package uk.send.platform.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** One event in a case's history: what, the day it happened, who recorded it and when, and its fields. */
public record TimelineEntry(int seq, EventType type, String label, LocalDate on, Instant recordedAt,
        String recordedBy, Map<String, Object> details, String description, String notes) {
}
