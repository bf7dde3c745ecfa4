package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.insight.Dimension;

/**
 * insight_cube: totals by counter, month and cell. Every change adds to the 16 cells of its record (each dimension as
 * itself and as ANY), so that a figure with any filter reads one cell per month and category.
 */
@Repository
class Cube {

    private static final String UPDATE = """
            update insight_cube set records = records + ?, hits = hits + ?, amount = amount + ?
            where la_code = ? and counter = ? and team = ? and need = ? and age_band = ? and setting_type = ?
              and month_start = ? and category = ?""";
    private static final String INSERT = """
            insert into insight_cube (la_code, counter, team, need, age_band, setting_type, month_start, category, records,
                hits, amount)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    Cube(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    void add(String la, Counter counter, LocalDate day, Cell cell, String category, Totals change) {
        LocalDate month = month(day);
        List<Cell> cells = cell.withAny();
        List<Object[]> updates = new ArrayList<>(cells.size());
        for (Cell c : cells) {
            updates.add(new Object[] {change.records(), change.hits(), change.amount(), la, counter.name(), c.team(),
                    c.need(), c.ageBand(), c.setting(), month, category});
        }
        int[] updated = batch.batchUpdate(UPDATE, updates);
        for (int i = 0; i < cells.size(); i++) {
            if (updated[i] == 0) {
                Cell c = cells.get(i);
                int inserted = jdbc.sql(INSERT).params(la, counter.name(), c.team(), c.need(), c.ageBand(),
                        c.setting(), month, category, change.records(), change.hits(), change.amount()).update();
                if (inserted == 0) {
                    // Another transaction created the cell between our update and insert: add to it now.
                    batch.update(UPDATE, updates.get(i));
                }
            }
        }
    }

    /** Totals by group (the free dimension's value, or one group) and month, for months from..to inclusive. */
    Map<String, TreeMap<LocalDate, Totals>> read(String la, Slice slice, LocalDate fromMonth, LocalDate toMonth) {
        StringBuilder sql = new StringBuilder("select month_start, ").append(slice.groupExpression())
                .append(" as grp, sum(records), sum(hits), sum(amount) from insight_cube")
                .append(" where la_code = :la and counter = :counter and month_start between :fromMonth and :toMonth");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("la", la);
        params.put("counter", slice.counter().name());
        params.put("fromMonth", fromMonth);
        params.put("toMonth", toMonth);
        for (Dimension d : Dimension.values()) {
            String column = Slice.column(d);
            if (d == slice.free()) {
                if (d != Dimension.CATEGORY) {
                    sql.append(" and ").append(column).append(" in (:free)");
                    params.put("free", slice.freeValues());
                }
            } else if (d == Dimension.CATEGORY) {
                if (slice.category() != null) {
                    sql.append(" and category = :category");
                    params.put("category", slice.category());
                }
            } else {
                sql.append(" and ").append(column).append(" = :").append(d.parameter());
                params.put(d.parameter(), slice.value(d));
            }
        }
        sql.append(" group by month_start, grp");
        Map<String, TreeMap<LocalDate, Totals>> result = new LinkedHashMap<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            result.computeIfAbsent(rs.getString(2), g -> new TreeMap<>())
                    .put(rs.getObject(1, LocalDate.class), new Totals(rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        });
        return result;
    }
}
