package uk.send.platform.feedback.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.notifications.OutboxEntry;
import uk.send.platform.notifications.SendTimeValues;

/** Gives a survey email its one-time link only as a real sender takes it, so the outbox never holds the secret. */
@Component
class LinkAtSending implements SendTimeValues {

    private final FamilyFeedback feedback;

    LinkAtSending(FamilyFeedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public boolean handles(String templateKey) {
        return FamilyFeedback.INVITATION_TEMPLATE.equals(templateKey)
                || FamilyFeedback.REMINDER_TEMPLATE.equals(templateKey);
    }

    @Override
    public Map<String, String> valuesFor(OutboxEntry message) {
        return feedback.linkAtSending(message.reference());
    }
}
