package uk.send.platform.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.feedback.KeyPoint;

/**
 * A reaction, not a projection: once casework has committed a decision whether to assess, a final plan or an annual
 * review decision, the key point's survey is offered to the family (now, or after the key point's delay). It runs
 * after commit in its own transaction, recorded in the event publication registry, so a failure here never refuses
 * the case event and is retried (notifications' ReactionRetries); a retry finds the invitation already made. Only
 * events dated within the last few weeks count: a history imported or recorded late asks nobody about the past.
 */
@Component("surveyTriggers")
class SurveyTriggers {

    private final FamilyFeedback feedback;
    private final Clock clock;
    private final int recentDays;

    SurveyTriggers(FamilyFeedback feedback, Clock clock, @Value("${send.feedback.recent-days:14}") int recentDays) {
        this.feedback = feedback;
        this.clock = clock;
        this.recentDays = recentDays;
    }

    /** Whether the event ends a key point recently enough to ask about it (the listener's condition). */
    public boolean wanted(CaseEventRecorded event) {
        return KeyPoint.after(event.type()).isPresent() && event.on() != null
                && !event.on().isBefore(LocalDate.now(clock).minusDays(recentDays));
    }

    @ApplicationModuleListener(condition = "@surveyTriggers.wanted(#event)")
    void on(CaseEventRecorded event) {
        KeyPoint keyPoint = KeyPoint.after(event.type()).orElseThrow();
        feedback.inviteAfter(event.caseId(), event.childId(), keyPoint, event.on(), event.recordedBy());
    }
}
