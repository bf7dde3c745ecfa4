package uk.send.platform.notifications.internal;

import uk.send.platform.notifications.OutboxEntry;

/** Delivers one message; throws when delivery failed so the dispatcher can record it and try again. */
interface NotificationSender {

    /** The outbox status a message gets once this sender has accepted it. */
    String acceptedStatus();

    String name();

    void send(OutboxEntry message, java.util.Map<String, String> personalisation) throws Exception;
}
