package uk.send.platform.identifiers;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An NHS number (England and Wales): 10 digits whose last digit is a Modulus 11 check digit.
 *
 * <p>Source: NHS Data Dictionary, attribute NHS NUMBER ("the use of this algorithm is
 * mandatory"); see statutory-rules.md section 5.1. Reserved or test ranges are not checked
 * because no NHS England source for them has been verified.
 */
public final class NhsNumber extends Identifier {

    private static final String NOUN = "NHS number";

    private NhsNumber(String value) {
        super(value);
    }

    /**
     * Reads an NHS number, ignoring spaces and hyphens ("943 476 5919", "943-476-5919").
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static NhsNumber of(String input) {
        return new NhsNumber(checked(normalise(input), NhsNumber::problemWith));
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    /**
     * The check digit for nine digits, or empty when it would be 10: the Data Dictionary says such
     * a number "is invalid and not used". Useful for generating demo data.
     *
     * @throws InvalidIdentifierException if {@code nineDigits} is not exactly nine digits 0-9
     */
    public static OptionalInt checkDigitFor(String nineDigits) {
        if (!AsciiDigits.exactly(9, nineDigits)) {
            throw new InvalidIdentifierException("The first part of an NHS number must be exactly 9 digits");
        }
        int check = 11 - Modulus11.remainderOfFirstNine(nineDigits);
        if (check == 10) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(check == 11 ? 0 : check); // NHS Data Dictionary: "If the result is 11 then a check digit of 0 is used"
    }

    /** The 3-3-4 form people read and type, for example "943 476 5919". */
    public String formatted() {
        return value().substring(0, 3) + " " + value().substring(3, 6) + " " + value().substring(6);
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip().replace(" ", "").replace("-", "");
    }

    private static Optional<String> problemWith(String digits) {
        if (digits == null || digits.isEmpty()) {
            return Optional.of("Enter an " + NOUN);
        }
        if (!AsciiDigits.exactly(10, digits)) {
            return Optional.of("Enter a valid " + NOUN + ": it must be 10 digits, like 943 476 5919");
        }
        OptionalInt check = checkDigitFor(digits.substring(0, 9));
        if (check.isEmpty() || check.getAsInt() != digits.charAt(9) - '0') {
            return Optional.of("Enter a valid " + NOUN + ": the check digit does not match");
        }
        return Optional.empty();
    }
}
