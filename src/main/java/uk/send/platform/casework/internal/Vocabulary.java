package uk.send.platform.casework.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.send.platform.casework.Sen2Coded;

/** Reads a coded value by its name, or by its SEN2 number where it has one ("5" is TRANSFERRED_TO_ANOTHER_LA). */
final class Vocabulary {

    private Vocabulary() {
    }

    static Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String text) {
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Enum<?> value : type.getEnumConstants()) {
            if (value.name().equals(wanted)
                    || value instanceof Sen2Coded coded && String.valueOf(coded.sen2Code()).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static String choices(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** The words people read for a stored code. */
    static String label(Class<? extends Enum<?>> type, String name) {
        return parse(type, name).map(Vocabulary::label).orElse(name);
    }

    static String label(Enum<?> value) {
        try {
            return (String) value.getClass().getMethod("label").invoke(value);
        } catch (ReflectiveOperationException e) {
            return value.name();
        }
    }
}
