package uk.send.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * SEND Platform: one deployable, modules by capability (see docs/architecture.md). Reactions to events
 * ({@code @ApplicationModuleListener}) run asynchronously after commit, recorded in the event publication registry.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class SendPlatformApplication {

    /** One clock for the whole application, so tests can fix "today". */
    @org.springframework.context.annotation.Bean
    java.time.Clock clock() {
        return java.time.Clock.system(java.time.ZoneId.of("Europe/London"));
    }

    public static void main(String[] args) {
        SpringApplication.run(SendPlatformApplication.class, args);
    }
}
