package uk.send.platform.notifications.internal;

import java.util.Map;
import uk.send.platform.notifications.OutboxEntry;

/**
 * The default when no GOV.UK Notify key is configured: nothing leaves the service; messages are held in the
 * outbox, where administrators can read them (and the demo shows what families and partners would receive).
 */
class DatabaseOutboxSender implements NotificationSender {

    @Override
    public String acceptedStatus() {
        return "HELD";
    }

    @Override
    public String name() {
        return "database-outbox";
    }

    @Override
    public boolean delivers() {
        return false;
    }

    @Override
    public String send(OutboxEntry message, Map<String, String> personalisation) {
        // Held by design: the message stays readable in the outbox.
        return null;
    }
}
