package uk.send.platform.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Decision 0070: the migrations on main never change, and a new one always takes a number above them. */
class MigrationSequenceTest {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    @Test
    void every_migration_on_main_is_unchanged_and_every_new_one_is_numbered_above_them() throws IOException {
        MigrationLedger ledger = MigrationLedger.read(Path.of(MigrationLedger.FILE));

        assertThat(ledger.problems(files()))
                .as("db/migration against the ledger of migrations on main (%s)", MigrationLedger.FILE)
                .isEmpty();
    }

    /** Every file in db/migration by name, with its text. */
    static Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(MIGRATIONS)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
