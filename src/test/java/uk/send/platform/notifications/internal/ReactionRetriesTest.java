package uk.send.platform.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/** Unfinished reactions are run again once they are old enough, a limited number of times; completed ones go after a week. */
class ReactionRetriesTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final List<Predicate<EventPublication>> resubmitted = new ArrayList<>();
    private final List<Duration> forgotten = new ArrayList<>();
    private final ReactionRetries retries = new ReactionRetries(new Incomplete(), new Completed(),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(15), 20, Duration.ofDays(7));

    @Test
    void a_reaction_is_run_again_once_its_publication_is_older_than_the_retry_delay() {
        retries.retryUnfinished();

        Predicate<EventPublication> due = resubmitted.get(0);
        assertThat(due.test(publication(Duration.ofMinutes(16), 1))).isTrue();
        assertThat(due.test(publication(Duration.ofMinutes(14), 1))).isFalse();
    }

    @Test
    void a_reaction_that_failed_as_often_as_allowed_is_left_for_an_administrator() {
        retries.retryUnfinished();

        Predicate<EventPublication> due = resubmitted.get(0);
        assertThat(due.test(publication(Duration.ofHours(6), 19))).isTrue();
        assertThat(due.test(publication(Duration.ofHours(6), 20))).isFalse();
    }

    @Test
    void completed_publications_are_forgotten_after_a_week() {
        retries.forgetCompleted();

        assertThat(forgotten).containsExactly(Duration.ofDays(7));
    }

    private static EventPublication publication(Duration age, int attempts) {
        return new Publication(NOW.minus(age), attempts);
    }

    private record Publication(Instant publishedAt, int attempts) implements EventPublication {

        public UUID getIdentifier() {
            return UUID.nameUUIDFromBytes(publishedAt.toString().getBytes());
        }

        public Object getEvent() {
            return "an event";
        }

        public Instant getPublicationDate() {
            return publishedAt;
        }

        public Optional<Instant> getCompletionDate() {
            return Optional.empty();
        }

        public Status getStatus() {
            return Status.FAILED;
        }

        public Instant getLastResubmissionDate() {
            return null;
        }

        public int getCompletionAttempts() {
            return attempts;
        }
    }

    private class Incomplete implements IncompleteEventPublications {

        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            resubmitted.add(filter);
        }

        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            throw new AssertionError("not used");
        }

        public void resubmitIncompletePublications(ResubmissionOptions options) {
            throw new AssertionError("not used");
        }
    }

    private class Completed implements CompletedEventPublications {

        public java.util.Collection<? extends EventPublication> findAll() {
            return List.of();
        }

        public void deletePublications(Predicate<EventPublication> filter) {
            throw new AssertionError("not used");
        }

        public void deletePublicationsOlderThan(Duration duration) {
            forgotten.add(duration);
        }
    }
}
