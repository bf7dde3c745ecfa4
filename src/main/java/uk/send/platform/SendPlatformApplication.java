package uk.send.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** SEND Platform: one deployable, modules by capability (see docs/architecture.md). */
@SpringBootApplication
@EnableScheduling
public class SendPlatformApplication {

    public static void main(String[] args) {
        SpringApplication.run(SendPlatformApplication.class, args);
    }
}
