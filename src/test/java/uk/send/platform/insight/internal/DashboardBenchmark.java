package uk.send.platform.insight.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * Dashboard benchmark (docs/performance-dashboard.md). Not part of the build: run it by name, against a database of
 * its own, with -Dbench.plans=20000 or 100000. It writes five years of synthetic history for that many plans in
 * force straight into insight's tables, then times the dashboard pages and the API in-process (no network), a
 * bounded number of requests, and prints and saves the percentiles.
 */
@SendIntegrationTest
class DashboardBenchmark {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 200;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcTemplate jdbc;
    @Autowired InsightRules rules;
    @Autowired Clock clock;
    @Value("${send.local-authority}") String la;

    @Test
    void dashboard_latency_at_scale() throws Exception {
        int plans = Integer.getInteger("bench.plans", 20_000);
        long started = System.currentTimeMillis();
        SyntheticHistory history = new SyntheticHistory(20_140_901L + plans, rules, LocalDate.now(clock), this::insert);
        history.generate(plans);
        insertCube(history.cube());
        jdbc.execute("analyze");
        long loaded = System.currentTimeMillis() - started;
        Long records = jdbc.queryForObject("select count(*) from insight_records", Long.class);
        Long cells = jdbc.queryForObject("select count(*) from insight_cube", Long.class);

        RequestPostProcessor admin = users.adminSignedIn();
        RequestPostProcessor board = users.create("BOARD_MEMBER").signedIn();
        String to = YearMonth.now(clock).minusMonths(1).toString();
        StringBuilder report = new StringBuilder();
        report.append(String.format("plans in force %d: %d records, %d cube rows, loaded in %.1f s%n", plans, records,
                cells, loaded / 1000.0));
        report.append(time("GET /dashboard (13 tiles, 12 months)", get("/dashboard").param("to", to).with(admin)));
        report.append(time("GET /dashboard as a board member", get("/dashboard").param("to", to).with(board)));
        report.append(time("GET /dashboard filtered (team, need)", get("/dashboard").param("to", to)
                .param("team", "North").param("need", "SEMH").with(admin)));
        report.append(time("GET /dashboard/measures/active-plans (trend 24 months, 5 breakdowns)",
                get("/dashboard/measures/active-plans").param("to", to).with(admin)));
        report.append(time("GET /dashboard/measures/advice-within-6-weeks",
                get("/dashboard/measures/advice-within-6-weeks").param("to", to).with(admin)));
        String from = YearMonth.parse(to).minusMonths(11).atDay(1).toString();
        String until = YearMonth.parse(to).atEndOfMonth().toString();
        report.append(time("GET /api/v1/measures/ehcp-issued-within-20-weeks, HTTP Basic (bcrypt each time)",
                get("/api/v1/measures/ehcp-issued-within-20-weeks").param("from", from).param("to", until)
                        .with(TestUsers.admin())));
        report.append(time("GET /api/v1/measures/ehcp-issued-within-20-weeks, authenticated caller",
                get("/api/v1/measures/ehcp-issued-within-20-weeks").param("from", from).param("to", until)
                        .with(admin)));
        report.append(time("GET /api/v1/measures/active-plans/breakdown?by=need",
                get("/api/v1/measures/active-plans/breakdown").param("by", "need").param("from", from)
                        .param("to", until).with(admin)));
        System.out.println(report);
        Path out = Path.of("target", "benchmark-dashboard-" + plans + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String time(String what, RequestBuilder request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            mvc.perform(request).andExpect(status().isOk());
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return String.format("%-72s p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", what, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[MEASURED - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
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
