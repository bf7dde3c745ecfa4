package uk.send.platform.migrations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The migrations already on main (decision 0070): databases have applied them, so each must stay exactly as it is,
 * and a new migration must take a version above all of them. {@link #problems} says what breaks that and what to do.
 */
final class MigrationLedger {

    static final String FILE = "src/test/resources/db/migrations-on-main.txt";

    private final List<Migration> onMain;

    MigrationLedger(List<Migration> onMain) {
        this.onMain = List.copyOf(onMain);
    }

    /** Reads the ledger: one {@code version file-name checksum} line per migration, {@code #} starts a comment. */
    static MigrationLedger read(Path file) throws IOException {
        List<Migration> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] fields = entry.split("\\s+");
            entries.add(new Migration(MigrationVersion.fromVersion(fields[0]), fields[1], Integer.parseInt(fields[2])));
        }
        return new MigrationLedger(entries);
    }

    List<Migration> entries() {
        return onMain;
    }

    MigrationVersion highest() {
        return onMain.stream().map(Migration::version).max(Comparator.naturalOrder()).orElse(MigrationVersion.EMPTY);
    }

    /** Everything wrong with {@code files} (the file names and texts in db/migration); empty when all is well. */
    List<String> problems(Map<String, String> files) {
        List<String> problems = new ArrayList<>();
        Map<String, Migration> present = new HashMap<>();
        files.forEach((name, text) -> {
            if (Migration.versionOf(name) == null) {
                problems.add(name + " is not named V<number>__<description>.sql, so Flyway would never run it.");
            } else {
                present.put(name, Migration.of(name, text));
            }
        });
        for (Migration applied : onMain) {
            Migration now = present.get(applied.fileName());
            if (now == null) {
                problems.add(applied.fileName() + " is on main but missing: databases have applied it, so never delete "
                        + "or rename a migration; put any change in a new one.");
            } else if (now.checksum() != applied.checksum()) {
                problems.add(applied.fileName() + " changed after it reached main (checksum " + now.checksum()
                        + ", ledger " + applied.checksum() + "): databases have applied the old text and Flyway would "
                        + "refuse to start; restore it and put the change in a new migration.");
            }
        }
        MigrationVersion highest = highest();
        List<String> onMainNames = onMain.stream().map(Migration::fileName).toList();
        present.values().stream()
                .filter(m -> !onMainNames.contains(m.fileName()) && m.version().compareTo(highest) <= 0)
                .sorted(Comparator.comparing(Migration::version))
                .forEach(m -> problems.add(m.fileName() + ": version " + m.version() + " is not above V" + highest
                        + ", the highest migration already on main, so databases at main would skip it. Renumber it "
                        + "above " + highest + " (the next free number, whatever the module; decision 0070), then "
                        + "append its line to " + FILE + ": " + renumbered(m, highest).ledgerLine()));
        duplicates(present.values()).forEach((version, names) -> problems.add(
                "Migrations " + names + " share version " + version + ": give each its own number."));
        return problems;
    }

    private static Migration renumbered(Migration m, MigrationVersion highest) {
        String next = highest.getVersion().matches("\\d+") ? String.valueOf(Long.parseLong(highest.getVersion()) + 1)
                : highest.getVersion() + ".1";
        return new Migration(MigrationVersion.fromVersion(next),
                m.fileName().replaceFirst("^V.+?__", "V" + next + "__"), m.checksum());
    }

    private static Map<MigrationVersion, List<String>> duplicates(Collection<Migration> migrations) {
        return migrations.stream().collect(Collectors.groupingBy(Migration::version,
                        Collectors.mapping(Migration::fileName, Collectors.toList())))
                .entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().sorted().toList(),
                        (a, b) -> a, java.util.TreeMap::new));
    }
}
