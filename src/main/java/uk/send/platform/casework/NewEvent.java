package uk.send.platform.casework;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened on a journey, as submitted: its type, the day it happened and its named fields as text
 * ("service", "adviceId", "ground", "familyToldOn", ...; see docs/api-contract.md). The journey checks the fields.
 */
public record NewEvent(EventType type, LocalDate on, Map<String, String> fields) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(on, "on");
        Map<String, String> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    copy.put(name, value.strip());
                }
            });
        }
        fields = Map.copyOf(copy);
    }

    public static NewEvent of(EventType type, LocalDate on) {
        return new NewEvent(type, on, Map.of());
    }

    /** The same event with one more field; dates and enums are written as their text. */
    public NewEvent with(String name, Object value) {
        Map<String, String> next = new LinkedHashMap<>(fields);
        if (value != null) {
            next.put(name, value instanceof Enum<?> e ? e.name() : value.toString());
        }
        return new NewEvent(type, on, next);
    }

    public String field(String name) {
        return fields.get(name);
    }
}
