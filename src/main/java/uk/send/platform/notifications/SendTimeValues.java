package uk.send.platform.notifications;

import java.util.Map;

/**
 * Values a message needs that must never be stored, supplied by the module that queued it at the moment a sender
 * that really delivers takes the message (a one-time link's secret: decision 0130). The stored subject and body name
 * them as {@code ((name))}; the dispatcher fills them in for the sender and passes them as personalisation too. A
 * sender that only holds messages in the outbox never asks, so nothing secret is made for nobody.
 */
public interface SendTimeValues {

    /** Whether this source fills in messages of this template key. */
    boolean handles(String templateKey);

    /** The values for one message about to be handed to a sender. */
    Map<String, String> valuesFor(OutboxEntry message);
}
