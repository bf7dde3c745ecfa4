package uk.send.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.send.platform.casework.EventType;
import uk.send.platform.kernel.InvalidInput;

class KeyPointsAndDeliveriesTest {

    @Test
    void a_decision_whether_to_assess_a_final_plan_and_a_review_decision_end_the_three_key_points_and_nothing_else_does() {
        assertThat(KeyPoint.after(EventType.DECIDED_TO_ASSESS)).contains(KeyPoint.AFTER_DECISION_TO_ASSESS);
        assertThat(KeyPoint.after(EventType.DECIDED_NOT_TO_ASSESS)).contains(KeyPoint.AFTER_DECISION_TO_ASSESS);
        assertThat(KeyPoint.after(EventType.FINAL_PLAN_ISSUED)).contains(KeyPoint.AFTER_FINAL_PLAN);
        assertThat(KeyPoint.after(EventType.REVIEW_DECISION_MADE)).contains(KeyPoint.AFTER_ANNUAL_REVIEW);
        for (EventType other : EventType.values()) {
            if (!List.of(EventType.DECIDED_TO_ASSESS, EventType.DECIDED_NOT_TO_ASSESS, EventType.FINAL_PLAN_ISSUED,
                    EventType.REVIEW_DECISION_MADE).contains(other)) {
                assertThat(KeyPoint.after(other)).as(other.name()).isEmpty();
            }
        }
    }

    @Test
    void an_unknown_survey_is_refused_on_the_field_that_named_it() {
        assertThatThrownBy(() -> KeyPoint.parse("survey", "AFTER_LUNCH")).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("survey"));
        assertThat(KeyPoint.parse("survey", " AFTER_FINAL_PLAN ")).isEqualTo(KeyPoint.AFTER_FINAL_PLAN);
    }

    @Test
    void a_scale_question_offers_five_answers_in_standard_or_easy_read_words() {
        Question q = new Question("listened", QuestionKind.SCALE, "The SEND team listened", "People listened to me",
                List.of(), true, "listened-to");
        assertThat(q.choices(false)).hasSize(5).startsWith("Strongly disagree").endsWith("Strongly agree");
        assertThat(q.choices(true)).hasSize(5).startsWith("No, not at all").endsWith("Yes, a lot");
        assertThat(q.text(true)).isEqualTo("People listened to me");
    }

    @Test
    void a_delivery_is_described_in_plain_words_and_only_a_failed_one_can_be_sent_again() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(new Delivery(1, "Invitation", now, "PENDING", 0, null, null, null).describe())
                .isEqualTo("Waiting to be sent");
        assertThat(new Delivery(1, "Invitation", now, "PENDING", 2, "NotificationClientException", null, null)
                .describe()).isEqualTo("Not sent yet: trying again (2 tries)");
        assertThat(new Delivery(1, "Reminder", now, "SENT", 1, null, now, "delivered").describe()).isEqualTo("Delivered");
        Delivery failed = new Delivery(1, "Invitation", now, "FAILED", 5, "permanent-failure", null, "permanent-failure");
        assertThat(failed.describe()).isEqualTo("Failed (permanent-failure)");
        assertThat(failed.failed()).isTrue();
        assertThat(new Delivery(1, "Invitation", now, "HELD", 0, "no email address for the family", null, null)
                .describe()).isEqualTo("Held in the outbox: no email address for the family");
    }

    @Test
    void a_token_is_kept_as_the_hex_sha_256_of_its_text() {
        assertThat(FamilyFeedback.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
