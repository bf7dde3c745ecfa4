package uk.send.platform.identifiers;

/**
 * The weighted sum shared by the NHS number and the ULN: digits 1 to 9 weighted 10 down to 2,
 * remainder on division by 11 (NHS Data Dictionary, NHS NUMBER; ESFA ILR rule ULN_04).
 * Each identifier turns the remainder into its own check digit.
 */
final class Modulus11 {

    private Modulus11() {
    }

    /** Remainder of the weighted sum of the first nine characters, which must be ASCII digits. */
    static int remainderOfFirstNine(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        return sum % 11;
    }
}
