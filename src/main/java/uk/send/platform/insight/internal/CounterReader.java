package uk.send.platform.insight.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import uk.send.platform.insight.Period;

/**
 * Reads a counter's totals for a period or a day: whole months from the cube, and the odd days at either end of a
 * period that does not start or end with a month from the records themselves. Never reads more than two months of
 * records, whatever the period or the size of the caseload.
 */
@Component
class CounterReader {

    /** Before any record: a stock on a day is every change up to it. */
    static final LocalDate BEGINNING = LocalDate.of(1900, 1, 1);

    private final Cube cube;
    private final RecordQueries records;
    private final StockDay stockDay;
    private final String la;

    CounterReader(Cube cube, RecordQueries records, StockDay stockDay, LocalArea localArea) {
        this.cube = cube;
        this.records = records;
        this.stockDay = stockDay;
        this.la = localArea.code();
    }

    /** Totals of the flow records dated in the period, by group. */
    Map<String, Totals> flow(Slice slice, Period period) {
        YearMonth firstWhole = YearMonth.from(period.from());
        if (period.from().getDayOfMonth() != 1) {
            firstWhole = firstWhole.plusMonths(1);
        }
        YearMonth lastWhole = YearMonth.from(period.to());
        if (!period.to().equals(lastWhole.atEndOfMonth())) {
            lastWhole = lastWhole.minusMonths(1);
        }
        Map<String, Totals> totals = new LinkedHashMap<>();
        if (firstWhole.isAfter(lastWhole)) {
            add(totals, records.flow(la, slice, period.from(), period.to()));
            return totals;
        }
        cube.read(la, slice, firstWhole.atDay(1), lastWhole.atDay(1))
                .forEach((group, months) -> months.values().forEach(t -> totals.merge(group, t, Totals::plus)));
        if (period.from().isBefore(firstWhole.atDay(1))) {
            add(totals, records.flow(la, slice, period.from(), firstWhole.atDay(1).minusDays(1)));
        }
        if (period.to().isAfter(lastWhole.atEndOfMonth())) {
            add(totals, records.flow(la, slice, lastWhole.plusMonths(1).atDay(1), period.to()));
        }
        return totals;
    }

    /** How many stock records stand on the period's last day (today, if that is earlier), by group. */
    Map<String, Long> stock(Slice slice, LocalDate periodEnd) {
        LocalDate day = stockDay.of(periodEnd);
        YearMonth month = YearMonth.from(day);
        boolean monthEnd = day.equals(month.atEndOfMonth());
        YearMonth lastWhole = monthEnd ? month : month.minusMonths(1);
        Map<String, Long> counts = new LinkedHashMap<>();
        cube.read(la, slice, BEGINNING, lastWhole.atDay(1)).forEach((group, months) ->
                months.values().forEach(t -> counts.merge(group, t.records(), Long::sum)));
        if (!monthEnd) {
            records.stockChange(la, slice, month.atDay(1), day).forEach((g, n) -> counts.merge(g, n, Long::sum));
        }
        return counts;
    }

    /** Totals of the flow records of each month first..last, by group. */
    Map<String, TreeMap<YearMonth, Totals>> flowByMonth(Slice slice, YearMonth first, YearMonth last) {
        Map<String, TreeMap<YearMonth, Totals>> series = new LinkedHashMap<>();
        cube.read(la, slice, first.atDay(1), last.atDay(1)).forEach((group, months) -> {
            TreeMap<YearMonth, Totals> byMonth = new TreeMap<>();
            months.forEach((m, t) -> byMonth.put(YearMonth.from(m), t));
            series.put(group, byMonth);
        });
        return series;
    }

    /** The stock on the last day of each month first..last (today for a month not yet over), by group. */
    Map<String, TreeMap<YearMonth, Long>> stockByMonth(Slice slice, YearMonth first, YearMonth last) {
        Map<String, TreeMap<YearMonth, Long>> series = new LinkedHashMap<>();
        YearMonth current = YearMonth.from(stockDay.of(last.atEndOfMonth()));
        YearMonth lastOver = current.atEndOfMonth().equals(stockDay.of(last.atEndOfMonth())) ? current
                : current.minusMonths(1);
        cube.read(la, slice, BEGINNING, last.atDay(1)).forEach((group, months) -> {
            long running = months.headMap(first.atDay(1)).values().stream().mapToLong(Totals::records).sum();
            TreeMap<YearMonth, Long> byMonth = new TreeMap<>();
            for (YearMonth m = first; !m.isAfter(last) && !m.isAfter(lastOver); m = m.plusMonths(1)) {
                running += months.getOrDefault(m.atDay(1), Totals.ZERO).records();
                byMonth.put(m, running);
            }
            series.put(group, byMonth);
        });
        if (lastOver.isBefore(last)) {
            Map<String, Long> now = stock(slice, last.atEndOfMonth());
            for (YearMonth m = lastOver.plusMonths(1).isBefore(first) ? first : lastOver.plusMonths(1);
                    !m.isAfter(last); m = m.plusMonths(1)) {
                YearMonth month = m;
                now.forEach((group, n) -> series.computeIfAbsent(group, g -> new TreeMap<>()).put(month, n));
            }
        }
        return series;
    }

    private static void add(Map<String, Totals> totals, Map<String, Totals> more) {
        more.forEach((g, t) -> totals.merge(g, t, Totals::plus));
    }
}
