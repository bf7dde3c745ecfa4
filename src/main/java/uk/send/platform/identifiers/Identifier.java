package uk.send.platform.identifiers;

import java.util.Optional;
import java.util.function.Function;

/** What every identifier shares: one normalised text value, equal by type and value, shown as itself. */
abstract class Identifier {

    private final String value;

    Identifier(String value) {
        this.value = value;
    }

    /** The normalised value, as stored and exchanged. */
    public String value() {
        return value;
    }

    /** The normalised input when it has no problem; otherwise the problem, worded for the form field. */
    static String checked(String normalised, Function<String, Optional<String>> problemWith) {
        problemWith.apply(normalised).ifPresent(message -> {
            throw new InvalidIdentifierException(message);
        });
        return normalised;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((Identifier) other).value);
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    @Override
    public final String toString() {
        return value;
    }
}
