package uk.send.platform.identifiers;

import java.util.Optional;

/**
 * A school's Unique Reference Number: 6 digits from 100000 to 999999, as published in DfE's
 * Get Information about Schools. There is no check digit, so only the shape is checked.
 */
public final class Urn extends Identifier {

    private static final String NOUN = "school unique reference number (URN)";

    private Urn(String value) {
        super(value);
    }

    /**
     * Reads a URN, ignoring surrounding spaces.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static Urn of(String input) {
        return new Urn(checked(normalise(input), Urn::problemWith));
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip();
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return Optional.of("Enter a " + NOUN);
        }
        if (!AsciiDigits.exactly(6, digits) || digits.charAt(0) == '0') {
            return Optional.of("Enter a valid " + NOUN + ": it must be 6 digits from 100000 to 999999");
        }
        return Optional.empty();
    }
}
