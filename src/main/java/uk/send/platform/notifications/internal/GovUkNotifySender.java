package uk.send.platform.notifications.internal;

import java.util.HashMap;
import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.send.platform.notifications.OutboxEntry;

/**
 * Sends email through GOV.UK Notify. Each template key maps to a Notify template id (SEND_NOTIFY_TEMPLATE_<KEY>);
 * without one, the generic template receives the rendered subject and body as personalisation.
 */
class GovUkNotifySender implements NotificationSender {

    private final NotificationClient client;
    private final Map<String, String> templateIds;
    private final String genericTemplateId;

    GovUkNotifySender(String apiKey, Map<String, String> templateIds, String genericTemplateId) {
        this.client = new NotificationClient(apiKey);
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
    public void send(OutboxEntry message, Map<String, String> personalisation) throws Exception {
        Map<String, Object> values = new HashMap<>(personalisation);
        values.putIfAbsent("subject", message.subject());
        values.putIfAbsent("body", message.body());
        String template = templateIds.getOrDefault(message.templateKey(), genericTemplateId);
        client.sendEmail(template, message.recipient(), values, message.reference());
    }
}
