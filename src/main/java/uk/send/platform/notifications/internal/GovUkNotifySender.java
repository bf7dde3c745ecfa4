package uk.send.platform.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.send.platform.notifications.OutboxEntry;

/**
 * Sends email through GOV.UK Notify. Each template key maps to a Notify template id (SEND_NOTIFY_TEMPLATE_<KEY>);
 * without one, the generic template receives the rendered subject and body as personalisation. The base URL is
 * Notify's own unless configured (send.notify.base-url), which lets a test stand in for Notify over HTTP.
 */
class GovUkNotifySender implements NotificationSender {

    private final NotificationClient client;
    private final Map<String, String> templateIds;
    private final String genericTemplateId;

    GovUkNotifySender(String apiKey, String baseUrl, Map<String, String> templateIds, String genericTemplateId) {
        this.client = baseUrl == null || baseUrl.isBlank() ? new NotificationClient(apiKey)
                : new NotificationClient(apiKey, baseUrl);
        this.templateIds = templateIds;
        this.genericTemplateId = genericTemplateId;
    }

    @Override
    public String acceptedStatus() {
        return "SENT";
    }

    @Override
    public String name() {
        return "gov-uk-notify";
    }

    @Override
    public String send(OutboxEntry message, Map<String, String> personalisation) throws Exception {
        Map<String, Object> values = new HashMap<>(personalisation);
        values.putIfAbsent("subject", message.subject());
        values.putIfAbsent("body", message.body());
        String template = templateIds.getOrDefault(message.templateKey(), genericTemplateId);
        return client.sendEmail(template, message.recipient(), values, message.reference()).getNotificationId()
                .toString();
    }

    @Override
    public String deliveryStatus(String providerId) throws Exception {
        return client.getNotificationById(providerId).getStatus();
    }
}
