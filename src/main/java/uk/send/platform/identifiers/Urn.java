package uk.send.platform.identifiers;

import java.util.Optional;

/**
 * A school's Unique Reference Number: 6 digits from 100000 to 999999, as published in DfE's
 * Get Information about Schools. There is no check digit, so only the shape is checked.
 */
public final class Urn {

    private static final String NOUN = "school unique reference number (URN)";

    private final String digits;

    private Urn(String digits) {
        this.digits = digits;
    }

    /**
     * Reads a URN, ignoring surrounding spaces.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static Urn of(String input) {
        String digits = normalise(input);
        problemWith(digits).ifPresent(message -> {
            throw new InvalidIdentifierException(message);
        });
        return new Urn(digits);
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    /** The 6 digits. */
    public String value() {
        return digits;
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

    @Override
    public boolean equals(Object other) {
        return other instanceof Urn that && digits.equals(that.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return digits;
    }
}
