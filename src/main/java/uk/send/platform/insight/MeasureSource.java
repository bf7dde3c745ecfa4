package uk.send.platform.insight;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.send.platform.kernel.Paged;

/**
 * A measure another module counts from its own records (health checks, families' surveys, ...) and lists in the
 * dashboard's catalogue. Implement it as a Spring bean in the module's internal package; insight adds it to
 * {@link Measures#catalogue()}, the dashboard, {@code /api/v1/measures}, trends and breakdowns, checks the viewer's
 * permission (dashboard.read), withholds small numbers from viewers without cases.read and logs the reads of the
 * records behind a figure (decision 0051). The module keeps the one definition of its figure: nothing else counts it.
 *
 * <p>Insight only passes a filter whose set dimensions are all in {@link MeasureDefinition#breakdowns()}; for any
 * other filter the figure reads "no figure". {@link Dimension#CATEGORY} is not offered to contributed measures.
 */
public interface MeasureSource {

    /** The published definition: its key must not clash with another measure's. */
    MeasureDefinition definition();

    /**
     * The numerator and denominator (null for a count, a number for a ratio or an average in days) of the records
     * the filter selects: for a flow, those that happened in the period; for a stock, those standing on its last day.
     */
    Count count(Period period, Filter filter);

    /** One count per calendar month first..last (stocks as at each month's last day); override to read them at once. */
    default Map<YearMonth, Count> monthly(YearMonth first, YearMonth last, Filter filter) {
        Map<YearMonth, Count> counts = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, count(Period.of(m, m), filter));
        }
        return counts;
    }

    /**
     * The records behind the figure, a page at a time, for viewers insight has let list them (cases.read); insight
     * logs a read of each child named. A measure whose records are not about children (counts per GP practice)
     * returns an empty page.
     */
    default Paged<FigureRecord> records(Part part, Period period, Filter filter, int page, int size) {
        return new Paged<>(List.of(), page, size, 0);
    }

    /** The figure's parts before insight publishes it. denominator is null exactly when the measure is a count. */
    record Count(long numerator, Long denominator) {

        public static Count of(long numerator) {
            return new Count(numerator, null);
        }

        public static Count of(long numerator, long denominator) {
            return new Count(numerator, denominator);
        }
    }
}
