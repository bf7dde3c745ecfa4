package uk.send.platform.notifications;

import java.util.Map;

/**
 * An email to send. The template key names the GOV.UK Notify template (configured per Local Area); subject and body
 * are the text as this service rendered it, kept in the outbox so administrators can see what was sent.
 */
public record NewNotification(String recipient, String templateKey, String subject, String body,
        Map<String, String> personalisation, String reference) {

    public NewNotification {
        personalisation = personalisation == null ? Map.of() : Map.copyOf(personalisation);
    }
}
