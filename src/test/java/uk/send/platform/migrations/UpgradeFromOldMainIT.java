package uk.send.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.kernel.internal.FlywayStartup;
import uk.send.platform.support.DatabaseAvailable;

/** A Local Area's database at an older main upgrades at start-up to the latest version with its records intact. */
@ExtendWith(DatabaseAvailable.class)
class UpgradeFromOldMainIT {

    private static final List<String> TABLES_GIVEN_LA_CODE = List.of("roles", "role_permissions", "user_roles",
            "api_tokens", "child_contacts", "advice_answers");

    @TempDir
    Path oldMain;

    @Test
    void a_database_at_v31_upgrades_to_the_latest_version_with_its_records_kept_and_given_the_local_area_code()
            throws Exception {
        UpgradeDatabase database = UpgradeDatabase.fresh();
        database.migrateAsOldMain(oldMain, "31", v -> true);
        OldMainData.insert(database.jdbc());
        Map<String, Long> before = counts(database.jdbc());

        new FlywayStartup().migrate(database.product());

        assertUpToDate(database.product());
        assertRecordsKept(database.jdbc(), before);
    }

    @Test
    void a_database_created_before_v13_gets_v13_once_then_the_rest_and_keeps_its_records() throws Exception {
        UpgradeDatabase database = UpgradeDatabase.fresh();
        database.migrateAsOldMain(oldMain, "31", UpgradeDatabase.except("13"));
        OldMainData.insert(database.jdbc());
        Map<String, Long> before = counts(database.jdbc());
        assertThatThrownBy(() -> database.product().migrate())
                .as("plain Flyway, out-of-order off, refuses this database: what bench scripts worked around")
                .hasMessageContaining("13");

        new FlywayStartup().migrate(database.product());

        assertUpToDate(database.product());
        assertThat(database.jdbc().sql("select count(*) from plan_versions where case_id = 'case-1' and placement_urn is null")
                .query(Long.class).single()).as("the draft plan, with V13's placement column").isEqualTo(1);
        assertRecordsKept(database.jdbc(), before);
        new FlywayStartup().migrate(database.product());
        assertUpToDate(database.product());
    }

    @Test
    void a_database_missing_any_other_earlier_migration_still_refuses_to_start() throws Exception {
        UpgradeDatabase database = UpgradeDatabase.fresh();
        database.migrateAsOldMain(oldMain, "31", UpgradeDatabase.except("12", "13"));

        assertThatThrownBy(() -> new FlywayStartup().migrate(database.product())).hasMessageContaining("12");
        assertThat(database.product().info().current().getVersion()).isEqualTo(MigrationVersion.fromVersion("31"));
    }

    @Test
    void flyway_records_the_checksums_in_the_ledger_of_migrations_on_main() throws Exception {
        UpgradeDatabase database = UpgradeDatabase.fresh();
        new FlywayStartup().migrate(database.product());

        Map<String, Integer> recorded = database.jdbc()
                .sql("select script, checksum from flyway_schema_history where version is not null")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Integer> ledger = MigrationLedger.read(Path.of(MigrationLedger.FILE)).entries().stream()
                .collect(Collectors.toMap(Migration::fileName, Migration::checksum));
        assertThat(recorded).containsAllEntriesOf(ledger);
    }

    private static void assertUpToDate(Flyway flyway) {
        MigrationInfo[] all = flyway.info().all();
        MigrationVersion latest = Arrays.stream(all).map(MigrationInfo::getVersion).max(MigrationVersion::compareTo)
                .orElseThrow();
        assertThat(flyway.info().current().getVersion()).isEqualTo(latest);
        assertThat(all).allSatisfy(m -> assertThat(m.getState()).isIn(MigrationState.SUCCESS, MigrationState.OUT_OF_ORDER));
        assertThat(latest.compareTo(MigrationVersion.fromVersion("32"))).isGreaterThanOrEqualTo(0);
    }

    private static final java.util.Set<String> SEEDED_BY_MIGRATIONS = java.util.Set.of("roles", "role_permissions");

    private static void assertRecordsKept(JdbcClient jdbc, Map<String, Long> before) {
        Map<String, Long> after = counts(jdbc);
        for (Map.Entry<String, Long> table : before.entrySet()) {
            if (SEEDED_BY_MIGRATIONS.contains(table.getKey())) {
                // later migrations add roles and permissions for new capabilities; none are removed
                assertThat(after.get(table.getKey())).as(table.getKey()).isGreaterThanOrEqualTo(table.getValue());
            } else {
                assertThat(after.get(table.getKey())).as(table.getKey()).isEqualTo(table.getValue());
            }
        }
        for (String table : TABLES_GIVEN_LA_CODE) {
            assertThat(jdbc.sql("select distinct la_code from " + table).query(String.class).list())
                    .as("la_code of every row in %s", table).containsExactly(UpgradeDatabase.LA_CODE);
        }
        assertThat(jdbc.sql("select answer from advice_answers where la_code = '933' and request_id = 'request-1'")
                .query(String.class).single()).isEqualTo("Finds reading hard; needs a quiet space");
        assertThat(jdbc.sql("select name from child_contacts where la_code = '933' and child_id = 'child-1'")
                .query(String.class).single()).isEqualTo("Sam Example");
        assertThat(jdbc.sql("select scope from role_permissions where la_code = '933' and role_code = 'CASEWORKER' "
                + "and action = 'dashboard.read'").query(String.class).single()).isEqualTo("TEAM");
    }

    private static Map<String, Long> counts(JdbcClient jdbc) {
        return java.util.stream.Stream.concat(TABLES_GIVEN_LA_CODE.stream(),
                        java.util.stream.Stream.of("children", "users", "cases", "plan_versions", "advice_requests"))
                .collect(Collectors.toMap(t -> t, t -> jdbc.sql("select count(*) from " + t).query(Long.class).single()));
    }
}
