package uk.send.platform.insight;

import java.util.List;

/**
 * One named measure: the figure's definition in plain English, what it counts above and below the line, where the
 * records come from, its version (raised whenever the definition changes), and how it can be split.
 * higherIsBetter says which way a trend arrow is good news; null when neither is.
 */
public record MeasureDefinition(String key, String title, String definition, String numerator, String denominator,
        String source, int version, Unit unit, boolean stock, Boolean higherIsBetter, String categoryLabel,
        List<Dimension> breakdowns) {

    public boolean hasDenominator() {
        return denominator != null;
    }
}
