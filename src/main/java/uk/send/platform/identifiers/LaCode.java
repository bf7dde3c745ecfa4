package uk.send.platform.identifiers;

import java.util.Optional;

/**
 * A DfE local authority code (the "LA number"): 3 digits, for example 201 (City of London) or
 * 938 (West Sussex).
 *
 * <p>Any 3 digits from 201 to 999 are accepted. The full DfE list is not embedded, because it
 * changes with local government reorganisation; a code in range may still be unallocated.
 */
public final class LaCode extends Identifier {

    private static final String NOUN = "local authority code";

    private LaCode(String value) {
        super(value);
    }

    /**
     * Reads an LA code, ignoring surrounding spaces.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static LaCode of(String input) {
        return new LaCode(checked(normalise(input), LaCode::problemWith));
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
        if (!AsciiDigits.exactly(3, digits) || Integer.parseInt(digits) < 201) {
            return Optional.of("Enter a valid " + NOUN + ": it must be 3 digits from 201 to 999");
        }
        return Optional.empty();
    }
}
