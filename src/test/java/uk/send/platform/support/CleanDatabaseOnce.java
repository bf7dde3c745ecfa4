package uk.send.platform.support;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Each test JVM starts from an empty schema, migrated by the same Flyway scripts production uses. */
@TestConfiguration(proxyBeanMethods = false)
class CleanDatabaseOnce {

    private static final AtomicBoolean CLEANED = new AtomicBoolean();

    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if (CLEANED.compareAndSet(false, true)) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
