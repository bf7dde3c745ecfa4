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

    /**
     * Every record's contribution to its 16 cells: +1 (with its hit and amount) in the month it is dated; a stock
     * segment also -1 in the month it ends. Summed, these are exactly the cube that {@link #add} maintains.
     */
    private static final String REBUILD = """
            insert into insight_cube (la_code, counter, team, need, age_band, setting_type, month_start, category,
                records, hits, amount)
            select :la, counter, team, need, age_band, setting_type, month_start, category, sum(records), sum(hits),
                sum(amount)
            from (
                select r.counter,
                    case when t.any_value then '*' else r.team end as team,
                    case when n.any_value then '*' else r.need end as need,
                    case when a.any_value then '*' else r.age_band end as age_band,
                    case when s.any_value then '*' else r.setting_type end as setting_type,
                    r.month_start, r.category, r.records, r.hits, r.amount
                from (
                    select counter, team, need, age_band, setting_type, category,
                        cast(date_trunc('month', on_date) as date) as month_start, 1 as records,
                        case when counter in (:stocks) or not hit then 0 else 1 end as hits,
                        case when counter in (:stocks) then 0 else amount end as amount
                    from insight_records where la_code = :la
                    union all
                    select counter, team, need, age_band, setting_type, category,
                        cast(date_trunc('month', until_date) as date), -1, 0, 0
                    from insight_records where la_code = :la and until_date is not null
                ) r
                cross join (values (false), (true)) t(any_value)
                cross join (values (false), (true)) n(any_value)
                cross join (values (false), (true)) a(any_value)
                cross join (values (false), (true)) s(any_value)
            ) cells
            group by counter, team, need, age_band, setting_type, month_start, category""";
    private static final ThreadLocal<Boolean> HELD_STILL = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate batch;
    private final JdbcClient jdbc;

    Cube(JdbcTemplate batch, JdbcClient jdbc) {
        this.batch = batch;
        this.jdbc = jdbc;
    }

    static LocalDate month(LocalDate day) {
        return day.withDayOfMonth(1);
    }

    /**
     * Adds a change to the 16 cells of a record. Inside a transaction the changes are summed per cell and written
     * once, just before the transaction commits (see {@link CubeChanges}); outside one they are written at once.
     */
    void add(String la, Counter counter, LocalDate day, Cell cell, String category, Totals change) {
        if (HELD_STILL.get()) {
            return;
        }
        LocalDate month = month(day);
        CubeChanges pending = CubeChanges.current(this);
        for (Cell c : cell.withAny()) {
            CubeChanges.Key key = new CubeChanges.Key(la, counter.name(), c, month, category);
            if (pending != null) {
                pending.add(key, change);
            } else {
                write(Map.of(key, change));
            }
        }
    }

    /**
     * Writes summed changes: one batch of updates, then inserts for cells not yet there. Cells are written in key
     * order, so two transactions touching the same cells lock them in the same order and cannot deadlock.
     */
    void write(Map<CubeChanges.Key, Totals> changes) {
        List<Map.Entry<CubeChanges.Key, Totals>> entries = new ArrayList<>(changes.entrySet());
        entries.removeIf(e -> e.getValue().equals(Totals.ZERO));
        entries.sort(Map.Entry.comparingByKey());
        List<Object[]> updates = new ArrayList<>(entries.size());
        for (var e : entries) {
            updates.add(updateRow(e.getKey(), e.getValue()));
        }
        int[] updated = batch.batchUpdate(UPDATE, updates);
        List<Object[]> missing = new ArrayList<>();
        List<Object[]> missingUpdates = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (updated[i] == 0) {
                CubeChanges.Key k = entries.get(i).getKey();
                Totals t = entries.get(i).getValue();
                missing.add(new Object[] {k.la(), k.counter(), k.cell().team(), k.cell().need(), k.cell().ageBand(),
                        k.cell().setting(), k.month(), k.category(), t.records(), t.hits(), t.amount()});
                missingUpdates.add(updates.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        int[] inserted = batch.batchUpdate(INSERT, missing);
        for (int i = 0; i < missing.size(); i++) {
            if (inserted[i] == 0) {
                // Another transaction created the cell between our update and insert: add to it now.
                batch.update(UPDATE, missingUpdates.get(i));
            }
        }
    }

    private static Object[] updateRow(CubeChanges.Key k, Totals t) {
        return new Object[] {t.records(), t.hits(), t.amount(), k.la(), k.counter(), k.cell().team(), k.cell().need(),
                k.cell().ageBand(), k.cell().setting(), k.month(), k.category()};
    }

    /** While held still (a bulk load on this thread), changes are not written: {@link #rebuild} follows. */
    static void holdStill(boolean held) {
        HELD_STILL.set(held);
    }

    /** Recomputes the Local Area's cube from its counted records. */
    void rebuild(String la) {
        jdbc.sql("delete from insight_cube where la_code = ?").params(la).update();
        List<String> stocks = java.util.Arrays.stream(Counter.values()).filter(Counter::stock).map(Counter::name)
                .toList();
        jdbc.sql(REBUILD).param("la", la).param("stocks", stocks).update();
    }

    /** Totals by group (the free dimension's value, or one group) and month, for months from..to inclusive. */
    Map<String, TreeMap<LocalDate, Totals>> read(String la, Slice slice, LocalDate fromMonth, LocalDate toMonth) {
        CubeChanges.flushPending(this);
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
