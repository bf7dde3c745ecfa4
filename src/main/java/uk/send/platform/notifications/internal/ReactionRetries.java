package uk.send.platform.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks after the event publication registry (table event_publication) for every module's reactions, the listeners
 * that run after commit ({@code @ApplicationModuleListener}: emails, later surveys and health prompts). A reaction
 * that failed, or never finished because the application stopped, is run again once its publication is older than
 * the retry delay, up to a number of attempts; one still failing after that stays in the registry for an
 * administrator to look at. Completed publications are kept for a week as a trail, then forgotten. Retrying on a
 * schedule rather than on restart means one instance starting never repeats a reaction another is running now.
 */
@Component
class ReactionRetries {

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final Duration retryAfter;
    private final int maxAttempts;
    private final Duration keepCompleted;

    ReactionRetries(IncompleteEventPublications incomplete, CompletedEventPublications completed, Clock clock,
            @Value("${send.reactions.retry-after:PT15M}") Duration retryAfter,
            @Value("${send.reactions.max-attempts:20}") int maxAttempts,
            @Value("${send.reactions.keep-completed:P7D}") Duration keepCompleted) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.maxAttempts = maxAttempts;
        this.keepCompleted = keepCompleted;
    }

    @Scheduled(fixedDelayString = "${send.reactions.retry-interval:PT15M}", initialDelayString = "PT1M")
    void retryUnfinished() {
        Instant before = clock.instant().minus(retryAfter);
        incomplete.resubmitIncompletePublications(p -> due(p, before));
    }

    @Scheduled(cron = "${send.reactions.cleanup-cron:0 30 2 * * *}", zone = "Europe/London")
    void forgetCompleted() {
        completed.deletePublicationsOlderThan(keepCompleted);
    }

    private boolean due(EventPublication publication, Instant before) {
        return publication.getPublicationDate().isBefore(before) && publication.getCompletionAttempts() < maxAttempts;
    }
}
