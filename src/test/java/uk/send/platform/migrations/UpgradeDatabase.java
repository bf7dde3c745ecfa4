package uk.send.platform.migrations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * An empty database of the upgrade test's own, on the database the run targets (see support.DatabaseAvailable):
 * a fresh in-memory H2, or a schema of its own next to the run's PostgreSQL schema, so the shared one is untouched.
 */
final class UpgradeDatabase {

    static final String LA_CODE = "933";

    private final DataSource dataSource;

    private UpgradeDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static UpgradeDatabase fresh() throws SQLException {
        String url = System.getProperty("send.test.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            // one session throughout, as the application's pool keeps: H2 2.4 evaluates a check constraint in the
            // session that created it, and fails with "database closed" once that session is gone
            return new UpgradeDatabase(new SingleConnectionDataSource("jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", true));
        }
        String schema = System.getProperty("spring.flyway.default-schema", "send_it") + "_upgrade";
        String user = System.getProperty("send.test.username", "postgres");
        String password = System.getProperty("send.test.password", "");
        try (var connection = DriverManager.getConnection(url, user, password); var sql = connection.createStatement()) {
            sql.execute("drop schema if exists " + schema + " cascade");
            sql.execute("create schema " + schema);
        }
        String own = url.contains("currentSchema=") ? url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema)
                : url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new UpgradeDatabase(new DriverManagerDataSource(own, user, password));
    }

    JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    /** Migrates with old main's files only: those up to {@code target} that {@code kept} keeps, as they are on main. */
    void migrateAsOldMain(Path copies, String target, Predicate<MigrationVersion> kept) throws IOException {
        MigrationVersion highest = MigrationVersion.fromVersion(target);
        List<Path> files;
        try (var listing = Files.list(MigrationSequenceTest.MIGRATIONS)) {
            files = listing.toList();
        }
        for (Path file : files) {
            MigrationVersion version = Migration.versionOf(file.getFileName().toString());
            if (version != null && version.compareTo(highest) <= 0 && kept.test(version)) {
                Files.copy(file, copies.resolve(file.getFileName()));
            }
        }
        flyway("filesystem:" + copies.toAbsolutePath()).migrate();
    }

    /** Flyway as the product configures it: the product's migrations and the la_code placeholder. */
    Flyway product() {
        return flyway("classpath:db/migration");
    }

    private Flyway flyway(String location) {
        return Flyway.configure().dataSource(dataSource).locations(location)
                .placeholders(Map.of("la_code", LA_CODE)).load();
    }

    static Predicate<MigrationVersion> except(String... versions) {
        Set<MigrationVersion> left = java.util.Arrays.stream(versions).map(MigrationVersion::fromVersion)
                .collect(java.util.stream.Collectors.toSet());
        return v -> !left.contains(v);
    }
}
