package uk.send.platform.documents.internal;

import java.util.regex.Pattern;

/**
 * OWASP's CSV (formula) injection guard, for every table a person downloads: text that a spreadsheet would run
 * as a formula (starting =, +, -, @, tab or carriage return, and not a plain number) gets a leading apostrophe.
 */
final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(\\.\\d+)?%?");

    private FormulaGuard() {
    }

    /** The value to write: guarded text, or any other value as it is. */
    static Object guarded(Object value) {
        if (!(value instanceof CharSequence)) {
            return value;
        }
        String text = value.toString();
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !NUMBER.matcher(text).matches();
        return formula ? "'" + text : text;
    }
}
