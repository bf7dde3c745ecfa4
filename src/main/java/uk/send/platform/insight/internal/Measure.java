package uk.send.platform.insight.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Unit;

/**
 * A measure as insight computes it: its published definition and the terms that make its numerator and denominator.
 * categoryCounter names the counter whose categories the measure can be broken down by, or null.
 */
record Measure(MeasureDefinition definition, List<Term> numerator, List<Term> denominator, Counter categoryCounter) {

    private static final int DAYS_IN_WEEK = 7;

    String key() {
        return definition.key();
    }

    boolean splitsByCategory() {
        return categoryCounter != null;
    }

    /** The same measure over one category of its records (a breakdown by reason or service). */
    Measure inCategory(String code) {
        return new Measure(definition, numerator.stream().map(t -> t.inCategory(code)).toList(),
                denominator.stream().map(t -> t.inCategory(code)).toList(), categoryCounter);
    }

    /** The value of the figure: a percentage, a count or an average in weeks, to one decimal place. */
    BigDecimal value(long top, Long bottom) {
        return value(definition.unit(), top, bottom);
    }

    /** The value of a figure in a unit: a percentage, a count or an average in weeks (of a total in days). */
    static BigDecimal value(Unit unit, long top, Long bottom) {
        if (unit == Unit.COUNT) {
            return BigDecimal.valueOf(top);
        }
        if (bottom == null || bottom == 0) {
            return null;
        }
        BigDecimal ratio = BigDecimal.valueOf(top);
        BigDecimal divisor = BigDecimal.valueOf(bottom);
        if (unit == Unit.PERCENT) {
            ratio = ratio.multiply(BigDecimal.valueOf(100));
        } else {
            divisor = divisor.multiply(BigDecimal.valueOf(DAYS_IN_WEEK));
        }
        return ratio.divide(divisor, 1, RoundingMode.HALF_UP);
    }
}
