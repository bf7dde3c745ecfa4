package uk.send.platform.kernel.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Migrates the database at start-up. Since decision 0070 every migration takes the next number of one global
 * sequence, so a new one is always above those a database has applied and out-of-order stays off. The exception
 * is from before that rule: V13 was added after V30 existed, so a database created in between sees V13 as
 * "ignored" (below its newest) and Flyway refuses to start. Those known late arrivals, and only those, are applied
 * once, out of order; any other gap still stops the start, as Flyway always does.
 */
@Component
public class FlywayStartup implements FlywayMigrationStrategy {

    /** Migrations added below a version that already existed, before the one sequence: V13 (after V30). */
    static final Set<MigrationVersion> LATE_ARRIVALS = Set.of(MigrationVersion.fromVersion("13"));

    private static final Logger log = LoggerFactory.getLogger(FlywayStartup.class);

    @Override
    public void migrate(Flyway flyway) {
        List<MigrationVersion> skipped = skipped(flyway);
        if (!skipped.isEmpty() && LATE_ARRIVALS.containsAll(skipped)) {
            log.info("Applying migration(s) {} out of order, once: added after later versions existed (decision 0070)",
                    skipped);
            Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration())
                    .outOfOrder(true).load().migrate();
        } else {
            flyway.migrate();
        }
    }

    /** The migrations Flyway would refuse to apply because the database already has a higher version. */
    private static List<MigrationVersion> skipped(Flyway flyway) {
        return Arrays.stream(flyway.info().all()).filter(m -> m.getState() == MigrationState.IGNORED)
                .map(MigrationInfo::getVersion).toList();
    }
}
