package uk.send.platform.advice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage to one decimal place, half up (decision 0040), for every advice figure. */
final class Percent {

    private Percent() {
    }

    /** Null when there is nothing to divide by. */
    static BigDecimal of(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** "33.3%", or the text given when there is nothing to divide by. */
    static String text(long part, long whole, String none) {
        BigDecimal percent = of(part, whole);
        return percent == null ? none : percent.toPlainString() + "%";
    }
}
