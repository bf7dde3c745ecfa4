package uk.send.platform.notifications.internal;

import uk.send.platform.notifications.OutboxEntry;

/** Delivers one message; throws when delivery failed so the dispatcher can record it and try again. */
interface NotificationSender {

    /** The outbox status a message gets once this sender has accepted it. */
    String acceptedStatus();

    String name();

    /** Whether messages really leave the service (so send-time values are worth making). */
    default boolean delivers() {
        return true;
    }

    /** Sends; returns the provider's id for the message when it has one (for later delivery status), else null. */
    String send(OutboxEntry message, java.util.Map<String, String> personalisation) throws Exception;

    /** The provider's latest word on a message sent earlier (null when it keeps none). */
    default String deliveryStatus(String providerId) throws Exception {
        return null;
    }
}
