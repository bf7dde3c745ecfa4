package uk.send.platform.insight.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.timelimits.StatutoryRules;

/**
 * The dashboard benchmark's data set (bench/dashboard.sh, docs/performance.md). Not part of the build: run it by
 * name, against a database of its own, with -Dbench.plans=20000 or 100000. It empties that database (Flyway clean,
 * as every test run does) and writes five years of synthetic history for that many plans in force straight into
 * insight's tables; bench/dashboard.sh then starts the product on it and drives the dashboard with wrk.
 */
@SendIntegrationTest
class DashboardBenchmarkData {

    @Autowired JdbcTemplate jdbc;
    @Autowired StatutoryRules rules;
    @Autowired Clock clock;
    @Value("${send.local-authority}") String la;

    @Test
    void writes_the_history_of_a_large_local_area() {
        int plans = Integer.getInteger("bench.plans", 20_000);
        long started = System.currentTimeMillis();
        SyntheticHistory history = new SyntheticHistory(20_140_901L + plans, rules.ruleBook(), LocalDate.now(clock), this::insert);
        history.generate(plans);
        insertCube(history.cube());
        jdbc.execute("analyze");
        Long records = jdbc.queryForObject("select count(*) from insight_records", Long.class);
        Long cells = jdbc.queryForObject("select count(*) from insight_cube", Long.class);
        System.out.printf("BENCH-DATA plans in force %d: %d records, %d cube rows, written in %.1f s%n", plans, records,
                cells, (System.currentTimeMillis() - started) / 1000.0);
    }

    private void insert(List<CountedRecord> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (CountedRecord r : batch) {
            rows.add(new Object[] {la, r.counter().name(), r.caseId(), r.childId(), r.ref(), r.on(), r.until(),
                    r.cell().team(), r.cell().need(), r.cell().ageBand(), r.cell().setting(), r.category(), r.hit(),
                    r.amount(), r.anchorOn(), r.dueOn()});
        }
        jdbc.batchUpdate("""
                insert into insight_records (la_code, counter, case_id, child_id, ref, on_date, until_date, team, need,
                    age_band, setting_type, category, hit, amount, anchor_on, due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
    }

    private void insertCube(Map<SyntheticHistory.CubeKey, long[]> cube) {
        List<Object[]> rows = new ArrayList<>(10_000);
        for (var e : cube.entrySet()) {
            SyntheticHistory.CubeKey k = e.getKey();
            rows.add(new Object[] {la, k.counter().name(), k.cell().team(), k.cell().need(), k.cell().ageBand(),
                    k.cell().setting(), k.month(), k.category(), e.getValue()[0], e.getValue()[1], e.getValue()[2]});
            if (rows.size() == 10_000) {
                cubeBatch(rows);
                rows.clear();
            }
        }
        cubeBatch(rows);
        for (String team : SyntheticHistory.TEAMS) {
            jdbc.update("insert into insight_teams (la_code, team) values (?, ?) on conflict do nothing", la, team);
        }
    }

    private void cubeBatch(List<Object[]> rows) {
        jdbc.batchUpdate("""
                insert into insight_cube (la_code, counter, team, need, age_band, setting_type, month_start, category,
                    records, hits, amount)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }
}
