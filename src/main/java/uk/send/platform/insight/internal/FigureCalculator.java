package uk.send.platform.insight.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.Period;

/** Adds up a measure's terms into numerators and denominators: for a period, split by a dimension, or by month. */
@Component
class FigureCalculator {

    private final CounterReader reader;

    FigureCalculator(CounterReader reader) {
        this.reader = reader;
    }

    Raw figure(Measure measure, Period period, Filter filter) {
        return split(measure, period, filter, null, List.of()).getOrDefault(Slice.WHOLE, new Raw(0, zeroOrNull(measure)));
    }

    /** The figure for each value of a dimension (every value given appears, with zeros where nothing counted). */
    Map<String, Raw> split(Measure measure, Period period, Filter filter, Dimension by, List<String> values) {
        List<String> groups = by == null ? List.of(Slice.WHOLE) : values;
        Map<String, Long> top = sum(measure.numerator(), filter, by, values, period);
        Map<String, Long> bottom = sum(measure.denominator(), filter, by, values, period);
        Map<String, Raw> figures = new LinkedHashMap<>();
        for (String group : groups) {
            figures.put(group, new Raw(top.getOrDefault(group, 0L),
                    measure.denominator().isEmpty() ? null : bottom.getOrDefault(group, 0L)));
        }
        return figures;
    }

    /** The figure for each calendar month first..last (stocks as at each month's last day). */
    TreeMap<YearMonth, Raw> trend(Measure measure, YearMonth first, YearMonth last, Filter filter) {
        Map<YearMonth, Long> top = monthly(measure.numerator(), filter, first, last);
        Map<YearMonth, Long> bottom = monthly(measure.denominator(), filter, first, last);
        TreeMap<YearMonth, Raw> trend = new TreeMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            trend.put(m, new Raw(top.getOrDefault(m, 0L),
                    measure.denominator().isEmpty() ? null : bottom.getOrDefault(m, 0L)));
        }
        return trend;
    }

    /**
     * Figures for periods of whole months from one monthly series: a flow adds up its months, a stock is the value at
     * the period's last month.
     */
    List<Raw> wholeMonths(Measure measure, List<Period> periods, Filter filter) {
        YearMonth first = periods.stream().map(p -> YearMonth.from(p.from())).min(YearMonth::compareTo).orElseThrow();
        YearMonth last = periods.stream().map(p -> YearMonth.from(p.to())).max(YearMonth::compareTo).orElseThrow();
        SeriesReads reads = new SeriesReads(new HashMap<>(), new HashMap<>());
        List<Long> tops = over(measure.numerator(), filter, first, last, periods, reads);
        List<Long> bottoms = over(measure.denominator(), filter, first, last, periods, reads);
        List<Raw> raws = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            raws.add(new Raw(tops.get(i), measure.denominator().isEmpty() ? null : bottoms.get(i)));
        }
        return raws;
    }

    /**
     * The monthly series read for one figure, by slice: a ratio's numerator and denominator are often two tallies of
     * the same slice, read once.
     */
    private record SeriesReads(Map<Slice, TreeMap<YearMonth, Long>> stocks, Map<Slice, TreeMap<YearMonth, Totals>> flows) {
    }

    private List<Long> over(List<Term> terms, Filter filter, YearMonth first, YearMonth last, List<Period> periods,
            SeriesReads reads) {
        long[] sums = new long[periods.size()];
        for (Term term : terms) {
            Slice slice = slice(term, filter, null, List.of());
            if (term.counter().stock()) {
                TreeMap<YearMonth, Long> series = reads.stocks().computeIfAbsent(slice, s -> reader.stockByMonth(s, first, last)
                        .getOrDefault(Slice.WHOLE, new TreeMap<>()));
                for (int i = 0; i < periods.size(); i++) {
                    sums[i] += series.getOrDefault(YearMonth.from(periods.get(i).to()), 0L);
                }
            } else {
                TreeMap<YearMonth, Totals> series = reads.flows().computeIfAbsent(slice, s -> reader.flowByMonth(s, first, last)
                        .getOrDefault(Slice.WHOLE, new TreeMap<>()));
                for (int i = 0; i < periods.size(); i++) {
                    Period p = periods.get(i);
                    for (Totals t : series.subMap(YearMonth.from(p.from()), true, YearMonth.from(p.to()), true).values()) {
                        sums[i] += term.tally().of(t);
                    }
                }
            }
        }
        return java.util.Arrays.stream(sums).boxed().toList();
    }

    private Map<String, Long> sum(List<Term> terms, Filter filter, Dimension by, List<String> values, Period period) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Term term : terms) {
            Slice slice = slice(term, filter, by, values);
            if (term.counter().stock()) {
                reader.stock(slice, period.to()).forEach((g, n) -> sums.merge(g, n, Long::sum));
            } else {
                reader.flow(slice, period).forEach((g, t) -> sums.merge(g, term.tally().of(t), Long::sum));
            }
        }
        return sums;
    }

    private Map<YearMonth, Long> monthly(List<Term> terms, Filter filter, YearMonth first, YearMonth last) {
        Map<YearMonth, Long> sums = new TreeMap<>();
        for (Term term : terms) {
            Slice slice = slice(term, filter, null, List.of());
            if (term.counter().stock()) {
                reader.stockByMonth(slice, first, last).getOrDefault(Slice.WHOLE, new TreeMap<>())
                        .forEach((m, n) -> sums.merge(m, n, Long::sum));
            } else {
                reader.flowByMonth(slice, first, last).getOrDefault(Slice.WHOLE, new TreeMap<>())
                        .forEach((m, t) -> sums.merge(m, term.tally().of(t), Long::sum));
            }
        }
        return sums;
    }

    static Cell cell(Filter filter) {
        return new Cell(orAny(filter.team()), orAny(filter.need()), orAny(filter.ageBand()), orAny(filter.setting()));
    }

    private static Slice slice(Term term, Filter filter, Dimension by, List<String> values) {
        return new Slice(term.counter(), cell(filter), term.category(), by, values);
    }

    private static String orAny(String value) {
        return value == null ? Cell.ANY : value;
    }

    private static Long zeroOrNull(Measure measure) {
        return measure.denominator().isEmpty() ? null : 0L;
    }
}
