package uk.send.platform.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.notifications.OutboxEntry;
import uk.send.platform.notifications.SendTimeValues;

/**
 * Hands pending messages to the sender in small batches; a failure is recorded and retried up to 5 times, then the
 * message is FAILED for someone to send again ({@code Notifications.retry}). Values that must not be stored
 * ({@link SendTimeValues}) are filled in only for a sender that delivers. The provider's id for each message is kept
 * and its delivery status asked for until it is final.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 5;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final NotificationSender sender;
    private final Clock clock;
    private final List<SendTimeValues> sendTimeValues;

    OutboxDispatcher(Notifications notifications, JdbcClient jdbc, Clock clock,
            @Value("${send.notify.api-key:}") String apiKey,
            @Value("${send.notify.base-url:}") String baseUrl,
            @Value("${SEND_NOTIFY_GENERIC_TEMPLATE:}") String genericTemplate,
            ObjectProvider<SendTimeValues> sendTimeValues) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sender = apiKey == null || apiKey.isBlank() ? new DatabaseOutboxSender()
                : new GovUkNotifySender(apiKey, baseUrl, templateIdsFromEnvironment(), genericTemplate);
        this.sendTimeValues = sendTimeValues.orderedStream().toList();
    }

    @Scheduled(fixedDelayString = "${send.notify.dispatch-interval-ms}", initialDelay = 5_000)
    void dispatchPending() {
        int sent;
        do {
            sent = dispatchBatch();
        } while (sent == 50);
    }

    /** One batch; returns how many messages were handled. */
    int dispatchBatch() {
        var pending = notifications.list("PENDING", 0, 50).items();
        for (OutboxEntry message : pending) {
            try {
                Map<String, String> values = valuesFor(message);
                String providerId = sender.send(filledIn(message, values), values);
                jdbc.sql("update notification_outbox set status = ?, sent_at = ?, sender = ?, attempts = attempts + 1, "
                                + "provider_id = ? where id = ? and status = 'PENDING'")
                        .params(sender.acceptedStatus(), Timestamp.from(clock.instant()), sender.name(), providerId,
                                message.id())
                        .update();
            } catch (Exception e) {
                log.warn("Notification {} not delivered by {}: {}", message.id(), sender.name(), e.getClass().getSimpleName());
                jdbc.sql("update notification_outbox set attempts = attempts + 1, last_error = ?, "
                                + "status = case when attempts + 1 >= ? then 'FAILED' else 'PENDING' end where id = ?")
                        .params(e.getClass().getSimpleName(), MAX_ATTEMPTS, message.id()).update();
            }
        }
        return pending.size();
    }

    /**
     * Asks the provider how delivery went for messages it accepted and has not finished with (up to 50 a run);
     * a permanent or technical failure makes the message FAILED, so it shows and can be sent again.
     */
    @Scheduled(fixedDelayString = "${send.notify.delivery-check-interval-ms:300000}",
            initialDelayString = "${send.notify.delivery-check-initial-delay-ms:60000}")
    void checkDeliveries() {
        if (!sender.delivers()) {
            return;
        }
        var open = jdbc.sql("select id, provider_id from notification_outbox where sender = ? and status = 'SENT' "
                        + "and provider_id is not null and (delivery_status is null or delivery_status in "
                        + "('created', 'sending', 'pending')) order by delivery_checked_at nulls first, id limit 50")
                .param(sender.name()).query((rs, i) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        for (var message : open) {
            try {
                String status = sender.deliveryStatus(message.getValue());
                boolean failed = status != null && status.endsWith("failure");
                jdbc.sql("update notification_outbox set delivery_status = ?, delivery_checked_at = ?, "
                                + "status = case when ? then 'FAILED' else status end, "
                                + "last_error = case when ? then ? else last_error end where id = ?")
                        .params(status, Timestamp.from(clock.instant()), failed, failed, status, message.getKey())
                        .update();
            } catch (Exception e) {
                log.warn("Delivery status of notification {} not read: {}", message.getKey(), e.getClass().getSimpleName());
                jdbc.sql("update notification_outbox set delivery_checked_at = ? where id = ?")
                        .params(Timestamp.from(clock.instant()), message.getKey()).update();
            }
        }
    }

    private Map<String, String> valuesFor(OutboxEntry message) {
        if (!sender.delivers()) {
            return Map.of();
        }
        return sendTimeValues.stream().filter(v -> v.handles(message.templateKey())).findFirst()
                .map(v -> v.valuesFor(message)).orElse(Map.of());
    }

    private static OutboxEntry filledIn(OutboxEntry message, Map<String, String> values) {
        if (values.isEmpty()) {
            return message;
        }
        String subject = message.subject();
        String body = message.body();
        for (var value : values.entrySet()) {
            subject = subject.replace("((" + value.getKey() + "))", value.getValue());
            body = body.replace("((" + value.getKey() + "))", value.getValue());
        }
        return new OutboxEntry(message.id(), message.createdAt(), message.recipient(), message.templateKey(), subject,
                body, message.reference(), message.status(), message.attempts(), message.lastError(),
                message.sentAt(), message.sender(), message.deliveryStatus());
    }

    String senderName() {
        return sender.name();
    }

    private static Map<String, String> templateIdsFromEnvironment() {
        Map<String, String> ids = new java.util.HashMap<>();
        System.getenv().forEach((k, v) -> {
            if (k.startsWith("SEND_NOTIFY_TEMPLATE_")) {
                ids.put(k.substring("SEND_NOTIFY_TEMPLATE_".length()).toLowerCase().replace('_', '-'), v);
            }
        });
        return ids;
    }
}
