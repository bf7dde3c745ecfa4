package uk.send.platform.insight.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every table insight fills from casework's events, emptied together before a rebuild. */
@Repository
class InsightTables {

    /** Children first: nothing references these tables, but the order keeps the list readable. */
    private static final List<String> TABLES = List.of("insight_records", "insight_cube", "insight_advice",
            "insight_categories", "insight_teams", "insight_cases");

    private final JdbcClient jdbc;

    InsightTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clear(String la) {
        for (String table : TABLES) {
            jdbc.sql("delete from " + table + " where la_code = ?").param(la).update();
        }
    }

    long records(String la) {
        return jdbc.sql("select count(*) from insight_records where la_code = ?").param(la).query(Long.class).single();
    }
}
