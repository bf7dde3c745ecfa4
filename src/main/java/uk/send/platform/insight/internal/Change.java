package uk.send.platform.insight.internal;

import java.math.BigDecimal;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Unit;

/** A figure against the period before: which way it moved, whether that is good news, and in words. */
record Change(String arrow, String words, String tone) {

    static Change between(MeasureDefinition measure, Figure now, Figure before, String previousPeriod) {
        if (now.value() == null || before.value() == null) {
            return new Change("", "No figure to compare with " + previousPeriod, "neutral");
        }
        BigDecimal difference = now.value().subtract(before.value());
        if (difference.signum() == 0) {
            return new Change("\u25B6", "No change on " + previousPeriod, "neutral");
        }
        String amount = difference.abs().toPlainString() + (measure.unit() == Unit.PERCENT ? " percentage points"
                : measure.unit() == Unit.WEEKS ? " weeks" : "");
        boolean up = difference.signum() > 0;
        String tone = measure.higherIsBetter() == null ? "neutral" : up == measure.higherIsBetter() ? "better" : "worse";
        String judgement = tone.equals("neutral") ? "" : " (" + tone + ")";
        return new Change(up ? "\u25B2" : "\u25BC", (up ? "Up " : "Down ") + amount + " on " + previousPeriod + judgement,
                tone);
    }

    /** The class that colours the arrow; kept out of templates, where a double underscore means preprocessing. */
    public String cssClass() {
        return "app-trend app-trend--" + tone;
    }
}
