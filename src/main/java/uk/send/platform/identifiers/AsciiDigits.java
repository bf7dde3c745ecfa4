package uk.send.platform.identifiers;

/** Checks for plain 0-9 digits; Character.isDigit would also accept Arabic-Indic and other digits. */
final class AsciiDigits {

    private AsciiDigits() {
    }

    static boolean exactly(int length, String text) {
        if (text == null || text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
