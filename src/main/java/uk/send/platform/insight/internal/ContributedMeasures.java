package uk.send.platform.insight.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureSource;
import uk.send.platform.insight.Period;

/**
 * The measures other modules count and list in the catalogue ({@link MeasureSource}), after insight's own. A filter
 * on a dimension the measure is not counted by gives no figure (null), never a figure for the wrong records.
 */
@Component
class ContributedMeasures {

    private final Map<String, MeasureSource> sources = new LinkedHashMap<>();

    ContributedMeasures(ObjectProvider<MeasureSource> provided, MeasureCatalogue catalogue) {
        provided.orderedStream().forEach(source -> {
            String key = source.definition().key();
            if (catalogue.find(key).isPresent() || sources.containsKey(key)) {
                throw new IllegalStateException("Two measures have the key " + key);
            }
            if (source.definition().breakdowns().contains(Dimension.CATEGORY)) {
                throw new IllegalStateException("The contributed measure " + key + " cannot split by category");
            }
            sources.put(key, source);
        });
    }

    Optional<MeasureSource> find(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    Collection<MeasureSource> all() {
        return sources.values();
    }

    /** Whether the measure is counted by every dimension the filter sets. */
    static boolean counts(MeasureSource source, Filter filter) {
        return source.definition().breakdowns().containsAll(filter.chosen().keySet());
    }

    /** The figure's parts, or null when the measure is not counted by the filter's dimensions. */
    Raw figure(MeasureSource source, Period period, Filter filter) {
        return counts(source, filter) ? raw(source, source.count(period, filter)) : null;
    }

    List<Raw> figures(MeasureSource source, List<Period> periods, Filter filter) {
        List<Raw> raws = new ArrayList<>();
        periods.forEach(p -> raws.add(figure(source, p, filter)));
        return raws;
    }

    TreeMap<YearMonth, Raw> trend(MeasureSource source, YearMonth first, YearMonth last, Filter filter) {
        TreeMap<YearMonth, Raw> trend = new TreeMap<>();
        if (!counts(source, filter)) {
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                trend.put(m, null);
            }
            return trend;
        }
        Map<YearMonth, MeasureSource.Count> counts = source.monthly(first, last, filter);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            MeasureSource.Count count = counts.get(m);
            trend.put(m, count == null ? raw(source, new MeasureSource.Count(0, 0L)) : raw(source, count));
        }
        return trend;
    }

    /** A ratio's denominator is never null, a count's always is, whatever the source returned. */
    private static Raw raw(MeasureSource source, MeasureSource.Count count) {
        Long bottom = source.definition().hasDenominator()
                ? Long.valueOf(count.denominator() == null ? 0 : count.denominator()) : null;
        return new Raw(count.numerator(), bottom);
    }
}
