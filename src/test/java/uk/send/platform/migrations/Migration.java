package uk.send.platform.migrations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;

/**
 * One versioned migration file: its version, its file name and the checksum Flyway records for it in
 * {@code flyway_schema_history} (CRC32 of its lines without line endings or byte-order mark).
 */
record Migration(MigrationVersion version, String fileName, int checksum) {

    static Migration of(String fileName, String text) {
        return new Migration(versionOf(fileName), fileName, checksum(text));
    }

    static Migration read(Path file) throws IOException {
        return of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The version in {@code V<version>__<description>.sql}, or null when the name is not a versioned migration's. */
    static MigrationVersion versionOf(String fileName) {
        var name = java.util.regex.Pattern.compile("V(\\d+(?:[._]\\d+)*)__\\w+\\.sql").matcher(fileName);
        return name.matches() ? MigrationVersion.fromVersion(name.group(1).replace('_', '.')) : null;
    }

    static int checksum(String text) {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return (int) crc.getValue();
    }

    /** The line this migration takes in the ledger. */
    String ledgerLine() {
        return version + " " + fileName + " " + checksum;
    }
}
