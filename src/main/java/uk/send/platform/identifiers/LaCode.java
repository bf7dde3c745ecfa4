package uk.send.platform.identifiers;

import java.util.Optional;

/**
 * A DfE local authority code (the "LA number"): 3 digits, for example 201 (City of London) or
 * 938 (West Sussex).
 *
 * <p>Any 3 digits from 201 to 999 are accepted. The full DfE list is not embedded, because it
 * changes with local government reorganisation; a code in range may still be unallocated.
 */
public final class LaCode {

    private static final String NOUN = "local authority code";

    private final String digits;

    private LaCode(String digits) {
        this.digits = digits;
    }

    /**
     * Reads an LA code, ignoring surrounding spaces.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static LaCode of(String input) {
        String digits = normalise(input);
        problemWith(digits).ifPresent(message -> {
            throw new InvalidIdentifierException(message);
        });
        return new LaCode(digits);
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    /** The 3 digits. */
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
        if (!AsciiDigits.exactly(3, digits) || Integer.parseInt(digits) < 201) {
            return Optional.of("Enter a valid " + NOUN + ": it must be 3 digits from 201 to 999");
        }
        return Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LaCode that && digits.equals(that.digits);
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
