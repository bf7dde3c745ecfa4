package uk.send.platform.identifiers;

import java.util.Locale;
import java.util.Optional;

/**
 * A Unique Pupil Number: a check letter, then 11 digits (LA number, DfE establishment number,
 * year of allocation, serial), then a digit (permanent UPN) or a letter (temporary UPN).
 *
 * <p>Source: UK Government Data Standards Catalogue, Unique Pupil Number v2.0 (GDSC UPN v2.0),
 * cross-checked against DfE's MTC check-letter function; see statutory-rules.md section 5.2.
 * The LA number is not checked against the DfE list of local authorities.
 */
public final class Upn extends Identifier {

    /** GDSC UPN v2.0: "I, O, and S are not used as a check letter or the final character of a temporary UPN". */
    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final String NOUN = "unique pupil number (UPN)";

    private Upn(String value) {
        super(value);
    }

    /**
     * Reads a UPN, ignoring surrounding spaces and letter case.
     *
     * @throws InvalidIdentifierException with a message fit to show next to the form field
     */
    public static Upn of(String input) {
        return new Upn(checked(normalise(input), Upn::problemWith));
    }

    public static boolean isValid(String input) {
        return problemWith(normalise(input)).isEmpty();
    }

    /**
     * The check letter for characters 2 to 13 of a UPN (11 digits, then a digit or a temporary-UPN
     * letter). Useful for generating demo data.
     *
     * @throws InvalidIdentifierException if {@code twelveChars} does not have that shape
     */
    public static char checkLetterFor(String twelveChars) {
        String body = twelveChars == null ? null : twelveChars.strip().toUpperCase(Locale.ROOT);
        if (!isBody(body)) {
            throw new InvalidIdentifierException(
                    "The last 12 characters of a UPN must be 11 digits followed by a digit or a letter");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += valueOf(body.charAt(i)) * (i + 2); // GDSC UPN v2.0: weight = position, positions 2 to 13
        }
        return ALPHABET.charAt(sum % 23);
    }

    /** Temporary UPNs end in a letter; schools use them until a permanent UPN is known. */
    public boolean isTemporary() {
        return !AsciiDigits.isDigit(value().charAt(12));
    }

    /** Characters 2 to 4: the 3-digit LA number that allocated the UPN (not checked against the DfE list). */
    public String laCode() {
        return value().substring(1, 4);
    }

    private static String normalise(String input) {
        return input == null ? null : input.strip().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> problemWith(String upn) {
        if (upn == null || upn.isEmpty()) {
            return Optional.of("Enter a " + NOUN);
        }
        if (upn.length() != 13) {
            return Optional.of("Enter a valid " + NOUN + ": it must be 13 characters");
        }
        char first = upn.charAt(0);
        if (first < 'A' || first > 'Z' || !isBody(upn.substring(1))) {
            return Optional.of("Enter a valid " + NOUN
                    + ": it must be a letter, 11 digits, then a digit or a letter");
        }
        if (first != checkLetterFor(upn.substring(1))) {
            return Optional.of("Enter a valid " + NOUN + ": the check letter does not match");
        }
        return Optional.empty();
    }

    private static boolean isBody(String body) {
        if (body == null || body.length() != 12 || !AsciiDigits.exactly(11, body.substring(0, 11))) {
            return false;
        }
        char last = body.charAt(11);
        return AsciiDigits.isDigit(last) || ALPHABET.indexOf(last) >= 0;
    }

    /** GDSC UPN v2.0: a temporary UPN's final letter counts as its index in the alphabet ("A" = 0). */
    private static int valueOf(char c) {
        return AsciiDigits.isDigit(c) ? c - '0' : ALPHABET.indexOf(c);
    }
}
