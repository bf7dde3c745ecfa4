package uk.send.platform.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import uk.send.platform.casework.Sen2Coded;
import uk.send.platform.casework.TimelineEntry;

/** Shows a stored event with its named fields again: codes for the API, words for the page. */
final class EventDescriptions {

    private EventDescriptions() {
    }

    static TimelineEntry entry(CaseEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        StringJoiner words = new StringJoiner("; ");
        for (FieldSpec spec : EventShapes.of(event.type())) {
            Object value = slot(event, spec.slot());
            if (value == null) {
                continue;
            }
            details.put(spec.name(), apiValue(spec, value));
            words.add(describe(spec, value));
        }
        return new TimelineEntry(event.seq(), event.type(), event.type().label(), event.on(), event.recordedAt(),
                event.recordedBy(), details, words.toString(), event.notes());
    }

    private static Object apiValue(FieldSpec spec, Object value) {
        if (spec.kind() == FieldSpec.Kind.VOCABULARY) {
            Enum<?> code = Vocabulary.parse(spec.vocabulary(), value.toString()).orElse(null);
            // The contract gives the cease reason as its SEN2 number; other codes go back as their names.
            if (code instanceof Sen2Coded coded) {
                return coded.sen2Code();
            }
        }
        return value.toString();
    }

    private static String describe(FieldSpec spec, Object value) {
        String text = spec.kind() == FieldSpec.Kind.VOCABULARY ? Vocabulary.label(spec.vocabulary(), value.toString())
                : value.toString();
        return humanName(spec.name()) + ": " + text;
    }

    static String humanName(String field) {
        String spaced = field.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    static Object slot(CaseEvent e, Slot slot) {
        return switch (slot) {
            case CODE -> e.code();
            case OUTCOME -> e.outcome();
            case REF -> e.ref();
            case OTHER_ON -> e.otherOn();
            case PARTY -> e.party();
            case METHOD -> e.method();
            case REASONS -> e.reasons();
        };
    }
}
