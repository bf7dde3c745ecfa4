package uk.send.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MigrationLedgerTest {

    private static final String V1 = "create table a (id int);\n";
    private static final String V2 = "create table b (id int);\n";

    private final MigrationLedger ledger = new MigrationLedger(List.of(
            Migration.of("V1__first.sql", V1), Migration.of("V2__second.sql", V2)));

    @Test
    void a_new_migration_numbered_above_main_is_accepted() {
        assertThat(ledger.problems(Map.of("V1__first.sql", V1, "V2__second.sql", V2, "V3__third.sql", "select 1;")))
                .isEmpty();
    }

    @Test
    void a_new_migration_numbered_below_the_highest_on_main_fails_and_says_how_to_renumber_it() {
        List<String> problems = ledger.problems(Map.of("V1__first.sql", V1, "V2__second.sql", V2,
                "V1_5__squeezed_in.sql", "select 1;"));

        assertThat(problems).singleElement().asString()
                .contains("V1_5__squeezed_in.sql", "not above V2", "Renumber it above 2",
                        "append its line to src/test/resources/db/migrations-on-main.txt",
                        "3 V3__squeezed_in.sql " + Migration.checksum("select 1;"));
    }

    @Test
    void a_new_migration_taking_a_number_already_on_main_fails() {
        assertThat(ledger.problems(Map.of("V1__first.sql", V1, "V2__second.sql", V2, "V2__other_module.sql", "x")))
                .anySatisfy(p -> assertThat(p).contains("V2__other_module.sql", "not above V2"))
                .anySatisfy(p -> assertThat(p).contains("share version 2"));
    }

    @Test
    void a_migration_on_main_that_was_edited_fails() {
        assertThat(ledger.problems(Map.of("V1__first.sql", V1 + "alter table a add x int;\n", "V2__second.sql", V2)))
                .singleElement().asString().contains("V1__first.sql changed after it reached main");
    }

    @Test
    void a_migration_on_main_that_was_renamed_or_deleted_fails() {
        assertThat(ledger.problems(Map.of("V1__first_renamed.sql", V1, "V2__second.sql", V2)))
                .anySatisfy(p -> assertThat(p).contains("V1__first.sql is on main but missing"));
    }

    @Test
    void a_file_flyway_would_not_run_fails() {
        assertThat(ledger.problems(Map.of("V1__first.sql", V1, "V2__second.sql", V2, "v3_lowercase.sql", "x")))
                .singleElement().asString().contains("v3_lowercase.sql is not named V<number>__<description>.sql");
    }

    @Test
    void the_checksum_ignores_line_endings_as_flyway_does() {
        assertThat(Migration.checksum("a;\r\nb;\r\n")).isEqualTo(Migration.checksum("a;\nb;\n"));
        assertThat(Migration.checksum("\uFEFFa;\n")).isEqualTo(Migration.checksum("a;\n"));
    }
}
