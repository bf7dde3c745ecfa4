package uk.send.platform.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.notifications.OutboxEntry;

/** Hands pending messages to the sender in small batches; a failure is recorded and retried up to 5 times. */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int MAX_ATTEMPTS = 5;
    private final Notifications notifications;
    private final JdbcClient jdbc;
    private final NotificationSender sender;
    private final Clock clock;

    OutboxDispatcher(Notifications notifications, JdbcClient jdbc, Clock clock,
            @Value("${send.notify.api-key:}") String apiKey,
            @Value("${SEND_NOTIFY_GENERIC_TEMPLATE:}") String genericTemplate) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.sender = apiKey == null || apiKey.isBlank() ? new DatabaseOutboxSender()
                : new GovUkNotifySender(apiKey, templateIdsFromEnvironment(), genericTemplate);
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
                sender.send(message, Map.of());
                jdbc.sql("update notification_outbox set status = ?, sent_at = ?, sender = ?, attempts = attempts + 1 "
                                + "where id = ? and status = 'PENDING'")
                        .params(sender.acceptedStatus(), Timestamp.from(clock.instant()), sender.name(), message.id())
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
