package uk.send.platform.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import uk.send.platform.kernel.Paged;

/**
 * The SEND dashboard's figures: one definition per measure, every figure traceable to its records. Needs
 * dashboard.read; listing records also needs cases.read (decision 0051). Viewers without cases.read see aggregates
 * only, with counts of 1 to 4 withheld. Unknown keys, impossible periods and unknown filter values are refused with
 * InvalidInput (400) naming the field.
 */
public interface Measures {

    int MAX_TREND_MONTHS = Period.MAX_YEARS * 12;

    List<MeasureDefinition> catalogue();

    MeasureDefinition definition(String key);

    Figure figure(String key, Period period, Filter filter);

    /**
     * The figures for several periods at once (a period and the one before it, for a trend arrow): one read of the
     * summaries for all of them when every period is made of whole months.
     */
    List<Figure> figures(String key, List<Period> periods, Filter filter);

    /** The figure split by a dimension the measure allows (see {@link MeasureDefinition#breakdowns()}). */
    List<BreakdownRow> breakdown(String key, Dimension by, Period period, Filter filter);

    /** One figure per calendar month, for the months ending with last. */
    List<TrendPoint> trend(String key, YearMonth last, int months, Filter filter);

    /** The records counted in the numerator or the denominator of the figure, a page at a time. */
    Paged<FigureRecord> records(String key, Part part, Period period, Filter filter, int page, int size);

    /** Whether the signed-in user may list the records behind a figure with this filter. */
    boolean mayListRecords(Filter filter);

    /** The values a dimension takes (code to label); for CATEGORY, the measure's own categories. */
    Map<String, String> options(Dimension dimension, String key);
}
