package uk.send.platform.insight.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.Unit;

/** How figures read on a page ("33.3%", "1,234", "23.4 weeks", "fewer than 5") and in a table cell. */
final class FigureText {

    static final String NO_VALUE = "no figure";

    private FigureText() {
    }

    static String value(Figure figure) {
        if (figure.suppressed()) {
            return Figure.SUPPRESSED_TEXT;
        }
        if (figure.value() == null) {
            return NO_VALUE;
        }
        return figure.unit() == Unit.COUNT ? count(figure.value().longValue()) : figure.value().toPlainString()
                + figure.unit().suffix();
    }

    static String count(Long n) {
        return n == null ? "" : NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    /** A table cell: the plain number, or the reason there is none. */
    static String cell(Figure figure, Long number) {
        return figure.suppressed() ? Figure.SUPPRESSED_TEXT : number == null ? "" : number.toString();
    }

    static String cell(Figure figure) {
        return figure.suppressed() ? Figure.SUPPRESSED_TEXT : figure.value() == null ? "" : plain(figure.value());
    }

    static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
