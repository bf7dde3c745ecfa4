package uk.send.platform.notifications;

import java.time.Instant;

/**
 * A message in the outbox with where it has got to. deliveryStatus is what the provider last said of it (GOV.UK
 * Notify: delivered, permanent-failure, temporary-failure, technical-failure), null until it is asked.
 */
public record OutboxEntry(long id, Instant createdAt, String recipient, String templateKey, String subject,
        String body, String reference, String status, int attempts, String lastError, Instant sentAt, String sender,
        String deliveryStatus) {

    public OutboxEntry(long id, Instant createdAt, String recipient, String templateKey, String subject, String body,
            String reference, String status, int attempts, String lastError, Instant sentAt, String sender) {
        this(id, createdAt, recipient, templateKey, subject, body, reference, status, attempts, lastError, sentAt,
                sender, null);
    }

    public java.time.LocalDateTime createdLocal() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Europe/London"));
    }
}
