package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.insight.BulkHistoryLoad;
import uk.send.platform.support.SendIntegrationTest;

/**
 * The dashboard's totals computed once from the counted records (after a bulk load) equal the totals kept up to
 * date event by event, cell for cell, on each supported database.
 */
@SendIntegrationTest
class CubeRebuildIT {

    @Autowired JourneyFacts facts;
    @Autowired BulkHistoryLoad bulkLoad;
    @Autowired JdbcClient jdbc;

    @Test
    void totals_recomputed_from_the_records_equal_the_totals_kept_event_by_event() {
        Fixture f = new Fixture(facts, "Rebuild " + System.nanoTime());
        journeys(f);
        Map<String, String> incremental = cube();
        assertThat(incremental).isNotEmpty();

        bulkLoad.run(() -> { });

        assertThat(cube()).isEqualTo(incremental);
    }

    @Test
    void a_bulk_load_leaves_the_totals_alone_until_it_ends_then_counts_everything_it_wrote() {
        Map<String, String> before = cube();
        Fixture f = new Fixture(facts, "Bulk " + System.nanoTime());
        bulkLoad.run(() -> {
            journeys(f);
            assertThat(cube()).isEqualTo(before);
        });
        Map<String, String> afterBulk = cube();
        assertThat(afterBulk).isNotEqualTo(before);

        bulkLoad.run(() -> { });
        assertThat(cube()).isEqualTo(afterBulk);
    }

    /** Flows, stocks split at birthdays, records ended, retracted, marked and regrouped. */
    private void journeys(Fixture f) {
        String a = f.request("2023-01-09", "2011-02-28", "ASD", "MAINSTREAM_ACADEMY");
        f.decide(a, "2023-02-20", true);
        String ep = f.advice(a, "EDUCATIONAL_PSYCHOLOGY", "2023-02-27");
        f.adviceBack(a, ep, "2023-05-02");
        f.issue(a, "2023-06-30", false);
        f.phaseTransfer(a, "2024-09-01");
        f.review(a, "2024-01-15", "2024-02-19", "AMEND");
        f.phaseTransferReviewed(a, "2024-02-10");
        facts.needRecorded(a, "SEMH", Fixture.day("2024-03-01"));
        facts.reassigned(a, f.team() + " South", Fixture.day("2024-06-03"));
        f.cease(a, "2025-07-21", "MOVED_OUTSIDE_ENGLAND");
        String b = f.request("2024-11-04", "2019-12-31", "SLCN", "EARLY_YEARS");
        f.decide(b, "2024-12-20", false);
        String c = f.request("2025-01-06", "2008-08-08", "MLD", "FURTHER_EDUCATION");
        f.decide(c, "2025-02-10", true);
        f.advice(c, "HEALTH", "2025-02-17");
        facts.transferredIn(c);
    }

    /** Every non-zero cube row, keyed by its cell. */
    private Map<String, String> cube() {
        Map<String, String> rows = new TreeMap<>();
        jdbc.sql("""
                select counter, team, need, age_band, setting_type, month_start, category, records, hits, amount
                from insight_cube where records <> 0 or hits <> 0 or amount <> 0""").query(rs -> {
            rows.put(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7)),
                    rs.getLong(8) + "/" + rs.getLong(9) + "/" + rs.getLong(10));
        });
        return rows;
    }
}
