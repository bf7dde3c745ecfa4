package uk.send.platform.identifiers;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A Unique Learner Number: 10 digits, first digit not 0, issued by the Learning Records Service
 * (LRS) and used by colleges and post-16 providers.
 *
 * <p>The check digit is the LRS ULN algorithm, as applied by the ESFA ILR validation rule ULN_04:
 * weight digits 1 to 9 by 10 down to 2, take the sum mod 11, and the check digit is 10 minus the
 * remainder; a remainder of 0 would need a check digit of 10, so no ULN has that stem. The ILR
 * placeholder 9999999999 ("not known") fails the check and is rejected: record an unknown ULN as
 * no ULN.
 */
public final class Uln extends Identifier {

    private static final String NOUN = "unique learner number (ULN)";

    private Uln(String value) {
        super(value);
    }

    /**
     * Reads a ULN, ignoring surrounding spaces.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static Uln of(String input) {
        return new Uln(checked(normalise(input), Uln::problemWith));
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    /**
     * The check digit for the first nine digits of a ULN, or empty when it would be 10. Useful for
     * generating demo data.
     *
     * @throws InvalidIdentifierException if {@code nineDigits} is not nine digits 0-9 starting 1-9
     */
    public static OptionalInt checkDigitFor(String nineDigits) {
        if (!AsciiDigits.exactly(9, nineDigits) || nineDigits.charAt(0) == '0') {
            throw new InvalidIdentifierException(
                    "The first part of a ULN must be exactly 9 digits and cannot start with 0");
        }
        int remainder = Modulus11.remainderOfFirstNine(nineDigits);
        return remainder == 0 ? OptionalInt.empty() : OptionalInt.of(10 - remainder);
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip();
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return Optional.of("Enter a " + NOUN);
        }
        if (!AsciiDigits.exactly(10, digits)) {
            return Optional.of("Enter a valid " + NOUN + ": it must be 10 digits");
        }
        if (digits.charAt(0) == '0') {
            return Optional.of("Enter a valid " + NOUN + ": it cannot start with 0");
        }
        OptionalInt check = checkDigitFor(digits.substring(0, 9));
        if (check.isEmpty() || check.getAsInt() != digits.charAt(9) - '0') {
            return Optional.of("Enter a valid " + NOUN + ": the check digit does not match");
        }
        return Optional.empty();
    }
}
