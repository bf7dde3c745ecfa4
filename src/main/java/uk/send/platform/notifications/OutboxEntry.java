package uk.send.platform.notifications;

import java.time.Instant;

/** A message in the outbox with where it has got to. */
public record OutboxEntry(long id, Instant createdAt, String recipient, String templateKey, String subject,
        String body, String reference, String status, int attempts, String lastError, Instant sentAt, String sender) {

    public java.time.LocalDateTime createdLocal() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Europe/London"));
    }
}
