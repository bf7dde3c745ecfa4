package uk.send.platform.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refreshes the database's planner statistics (ANALYZE, on PostgreSQL and H2 alike) while a large synthetic Local
 * Area loads. A new table has none until autovacuum gets to it (and some machines run without autovacuum); with
 * none, PostgreSQL may choose an index on la_code alone for a lookup by case, which reads every row of the Local Area
 * and makes each write slower than the last.
 */
@Component
class DatabaseStatistics {

    private final JdbcClient jdbc;

    DatabaseStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void refresh() {
        jdbc.sql("analyze").update();
    }
}
