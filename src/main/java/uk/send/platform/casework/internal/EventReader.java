package uk.send.platform.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.identifiers.LaCode;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * Turns a submitted event into a stored one: checks each named field against its type's shape. A missing or
 * unreadable field is bad input (400); a code outside its vocabulary is refused (422, issue 3 "Bad input").
 */
final class EventReader {

    private EventReader() {
    }

    static CaseEvent read(NewEvent input, int seq, Instant recordedAt, String recordedBy) {
        List<FieldProblem> missing = new ArrayList<>();
        List<FieldProblem> unknown = new ArrayList<>();
        Map<Slot, Object> slots = new EnumMap<>(Slot.class);
        for (FieldSpec spec : EventShapes.of(input.type())) {
            String value = input.field(spec.name());
            if (spec.kind() == FieldSpec.Kind.GENERATED) {
                if (value != null && !value.matches("[A-Za-z0-9_-]{1,40}")) {
                    unknown.add(new FieldProblem(spec.name(), spec.name() + " may hold up to 40 letters, digits, - or _"));
                }
                slots.put(spec.slot(), value != null ? value : UUID.randomUUID().toString());
            } else if (value == null) {
                if (spec.required()) {
                    missing.add(new FieldProblem(spec.name(), "Enter the " + spec.name() + " for " + input.type()));
                }
            } else {
                readField(spec, value, slots, missing, unknown);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        if (!unknown.isEmpty()) {
            throw new RefusedEvent(422, unknown.get(0).message(), unknown);
        }
        return new CaseEvent(seq, input.type(), input.on(), recordedAt, recordedBy, (String) slots.get(Slot.CODE),
                (String) slots.get(Slot.OUTCOME), (String) slots.get(Slot.REF), (LocalDate) slots.get(Slot.OTHER_ON),
                (String) slots.get(Slot.PARTY), (String) slots.get(Slot.METHOD), (String) slots.get(Slot.REASONS),
                limit(input.field("notes")));
    }

    private static void readField(FieldSpec spec, String value, Map<Slot, Object> slots, List<FieldProblem> missing,
            List<FieldProblem> unknown) {
        switch (spec.kind()) {
            case DATE -> {
                try {
                    slots.put(spec.slot(), LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    missing.add(new FieldProblem(spec.name(), "Enter " + spec.name() + " as a real date, YYYY-MM-DD"));
                }
            }
            case VOCABULARY -> Vocabulary.parse(spec.vocabulary(), value).ifPresentOrElse(
                    code -> slots.put(spec.slot(), code.name()),
                    () -> unknown.add(new FieldProblem(spec.name(),
                            Vocabulary.unknown(spec.vocabulary(), spec.name(), value))));
            case LA_CODE -> {
                if (LaCode.isValid(value)) {
                    slots.put(spec.slot(), LaCode.of(value).value());
                } else {
                    unknown.add(new FieldProblem(spec.name(), "Enter the other authority's 3-digit LA code"));
                }
            }
            default -> slots.put(spec.slot(), limit(value));
        }
    }

    private static String limit(String text) {
        return text == null || text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
