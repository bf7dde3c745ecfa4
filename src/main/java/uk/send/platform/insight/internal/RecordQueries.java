package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Period;

/**
 * Reads of insight_records: the days of a period the cube does not cover whole (a period that starts or ends inside
 * a month), and the drill-down list of the records behind a figure.
 */
@Repository
class RecordQueries {

    private final JdbcClient jdbc;
    private final StockDay stockDay;

    RecordQueries(JdbcClient jdbc, StockDay stockDay) {
        this.jdbc = jdbc;
        this.stockDay = stockDay;
    }

    /** Totals of a flow counter's records dated from..to, by group. */
    Map<String, Totals> flow(String la, Slice slice, LocalDate from, LocalDate to) {
        Query q = new Query(la, slice);
        q.where.append(" and on_date between :from and :to");
        q.params.put("from", from);
        q.params.put("to", to);
        Map<String, Totals> totals = new LinkedHashMap<>();
        jdbc.sql("select " + slice.groupExpression() + " as grp, count(*), sum(case when hit then 1 else 0 end),"
                        + " sum(amount) from insight_records" + q.where + " group by grp")
                .params(q.params).query(rs -> {
                    totals.put(rs.getString(1), new Totals(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return totals;
    }

    /** How a stock counter changed over from..to: segments starting in it, less segments ending in it, by group. */
    Map<String, Long> stockChange(String la, Slice slice, LocalDate from, LocalDate to) {
        Map<String, Long> change = new LinkedHashMap<>();
        changes(la, slice, "on_date", from, to).forEach((g, n) -> change.merge(g, n, Long::sum));
        changes(la, slice, "until_date", from, to).forEach((g, n) -> change.merge(g, -n, Long::sum));
        return change;
    }

    /** One page of the records the terms select, earliest first, with the number there are in all. */
    List<CountedRecord> page(String la, List<Term> terms, Cell cell, Period period, int page, int size) {
        Query q = selection(la, terms, cell, period);
        q.params.put("size", size);
        q.params.put("offset", (long) page * size);
        return jdbc.sql("select " + RecordBook.COLUMNS + " from insight_records" + q.where
                        + " order by on_date, case_id, id limit :size offset :offset")
                .params(q.params).query(RecordBook::row).list();
    }

    long count(String la, List<Term> terms, Cell cell, Period period) {
        Query q = selection(la, terms, cell, period);
        return jdbc.sql("select count(*) from insight_records" + q.where).params(q.params).query(Long.class).single();
    }

    private Map<String, Long> changes(String la, Slice slice, String column, LocalDate from, LocalDate to) {
        Query q = new Query(la, slice);
        q.where.append(" and ").append(column).append(" between :from and :to");
        q.params.put("from", from);
        q.params.put("to", to);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select " + slice.groupExpression() + " as grp, count(*) from insight_records" + q.where
                + " group by grp").params(q.params).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /**
     * Records a part of a figure counts: for each flow term, records dated in the period (above the line only for a
     * tally of hits); for each stock term, records standing on the period's last day (or today, if earlier).
     */
    private Query selection(String la, List<Term> terms, Cell cell, Period period) {
        Query q = new Query(la, new Slice(null, cell, null, null, List.of()));
        q.params.put("from", period.from());
        q.params.put("to", period.to());
        q.params.put("stockDay", stockDay.of(period.to()));
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            Term term = terms.get(i);
            StringBuilder t = new StringBuilder("(counter = :counter" + i);
            q.params.put("counter" + i, term.counter().name());
            if (term.counter().stock()) {
                t.append(" and on_date <= :stockDay and (until_date is null or until_date > :stockDay)");
            } else {
                t.append(" and on_date between :from and :to");
            }
            if (term.category() != null) {
                t.append(" and category = :category").append(i);
                q.params.put("category" + i, term.category());
            }
            if (term.tally() == Tally.HITS) {
                t.append(" and hit = :hit");
                q.params.put("hit", true);
            }
            alternatives.add(t.append(")").toString());
        }
        q.where.append(" and (").append(String.join(" or ", alternatives)).append(")");
        return q;
    }

    /** A where clause under construction: the Local Area, the counter if one is named, and the filtered dimensions. */
    private static final class Query {
        final StringBuilder where = new StringBuilder(" where la_code = :la");
        final Map<String, Object> params = new LinkedHashMap<>();

        Query(String la, Slice slice) {
            params.put("la", la);
            if (slice.counter() != null) {
                where.append(" and counter = :counter");
                params.put("counter", slice.counter().name());
            }
            for (Dimension d : Dimension.values()) {
                String value = slice.value(d);
                if (d != slice.free() && value != null && !Cell.ANY.equals(value)) {
                    where.append(" and ").append(Slice.column(d)).append(" = :").append(d.parameter());
                    params.put(d.parameter(), value);
                }
            }
        }
    }
}
