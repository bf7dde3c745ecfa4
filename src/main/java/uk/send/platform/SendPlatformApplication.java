package uk.send.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SEND Platform: one deployable, modules by capability (see docs/architecture.md). */
@SpringBootApplication
@EnableScheduling
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
