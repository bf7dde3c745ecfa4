package uk.send.platform.feedback.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.send.platform.feedback.FamilyFeedback;

/** Sends invitations whose delay has passed, reminds families who have not answered, closes expired links. */
@Component
class SurveySchedule {

    private final FamilyFeedback feedback;

    SurveySchedule(FamilyFeedback feedback) {
        this.feedback = feedback;
    }

    @Scheduled(fixedDelayString = "${send.feedback.schedule-interval:PT5M}", initialDelayString = "PT1M")
    void run() {
        while (feedback.sendDue() > 0) {
            // batches until none are due
        }
        feedback.remindDue();
        feedback.expireDue();
    }
}
