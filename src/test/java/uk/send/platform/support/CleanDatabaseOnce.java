package uk.send.platform.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import uk.send.platform.kernel.internal.FlywayStartup;

/** Each test JVM starts from an empty schema, migrated by the same Flyway scripts and start-up production uses. */
@TestConfiguration(proxyBeanMethods = false)
class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    @Primary
    FlywayMigrationStrategy cleanThenMigrate(FlywayStartup startup) {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            startup.migrate(flyway);
        };
    }
}
