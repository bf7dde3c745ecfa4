package uk.send.platform.casework.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.send.platform.casework.Sen2Coded;
import uk.send.platform.casework.SenNeed;

/** Reads a coded value by its name, or by its SEN2 number where it has one ("5" is TRANSFERRED_TO_ANOTHER_LA). */
final class Vocabulary {

    private static final String SCHOOL_CENSUS_ONLY = "NSA";

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

    /** Why a code was refused: not in the vocabulary, or (NSA) a School Census code that no plan may carry. */
    static String unknown(Class<? extends Enum<?>> type, String field, String text) {
        if (type == SenNeed.class && SCHOOL_CENSUS_ONLY.equalsIgnoreCase(text.strip())) {
            return "NSA (SEN support but no specialist assessment) is a School Census code, not a need an EHC plan can "
                    + "name (SEN2 SENtype): use one of " + choices(type);
        }
        return "Unknown " + field + " '" + text + "': use one of " + choices(type);
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
