package uk.send.platform.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.FinalPlanIssued;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.casework.Stage;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineStatus;

/** Casework publishes every change to a journey's deadlines, before its own event about the same step. */
class DeadlineChangesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final CaseHeader header = new CaseHeader("case-1", "child-1", LocalDate.of(2025, 7, 14),
            RequestSource.PARENT_OR_YOUNG_PERSON, "cw", "North", Stage.REQUEST_RECEIVED, 0, Instant.EPOCH);
    private final EhcJourney journey = EhcJourney.open(header.requestReceivedOn(), RuleBook.standard());
    private int seq;

    @Test
    void opening_a_journey_publishes_the_six_and_twenty_week_limits_with_their_citations() {
        List<DeadlineChanged> opened = JourneyEvents.openingEvents(header, journey).stream()
                .filter(DeadlineChanged.class::isInstance).map(DeadlineChanged.class::cast).toList();

        assertThat(opened).extracting(DeadlineChanged::key)
                .containsExactly("decisionToAssess", "finalPlan", "draftPlanTarget");
        DeadlineChanged finalPlan = opened.get(1);
        assertThat(finalPlan.opened()).isTrue();
        assertThat(finalPlan.ownerId()).isEqualTo("case-1");
        assertThat(finalPlan.after().dueOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(finalPlan.after().citation()).isEqualTo("SEND Regulations 2014 reg 13(2)");
        assertThat(finalPlan.after().status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void a_late_final_plan_meets_the_twenty_week_limit_as_missed_and_comes_before_final_plan_issued() {
        record(EventType.DECIDED_TO_ASSESS, "2025-08-20");
        record(EventType.DECIDED_TO_ISSUE, "2025-10-01");
        record(EventType.DRAFT_PLAN_ISSUED, "2025-10-13");

        List<Object> published = record(EventType.FINAL_PLAN_ISSUED, "2025-12-02");

        DeadlineChanged finalPlan = changes(published).stream().filter(c -> c.key().equals("finalPlan")).findFirst()
                .orElseThrow();
        assertThat(finalPlan.met()).isTrue();
        assertThat(finalPlan.after().metOn()).isEqualTo(LocalDate.of(2025, 12, 2));
        assertThat(finalPlan.after().status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(changes(published)).extracting(DeadlineChanged::key).contains("annualReview");
        assertThat(published.indexOf(finalPlan)).isLessThan(indexOf(published, FinalPlanIssued.class));
    }

    @Test
    void a_decision_not_to_issue_drops_the_twenty_week_limit_and_an_appeal_upheld_restores_it() {
        record(EventType.DECIDED_TO_ASSESS, "2025-08-20");
        assertThat(changes(record(EventType.DECIDED_NOT_TO_ISSUE, "2025-10-01")))
                .filteredOn(c -> c.key().equals("finalPlan")).singleElement()
                .satisfies(c -> assertThat(c.dropped()).isTrue());
        record(EventType.APPEAL_LODGED, "2025-10-20", "about", "ISSUE");

        assertThat(changes(record(EventType.APPEAL_DECIDED, "2026-02-02", "outcome", "UPHELD")))
                .filteredOn(c -> c.key().equals("finalPlan")).singleElement()
                .satisfies(c -> assertThat(c.restored()).isTrue());
    }

    @Test
    void an_exception_overlapping_the_twenty_weeks_is_published_as_applying() {
        record(EventType.DECIDED_TO_ASSESS, "2025-08-20");

        List<DeadlineChanged> changed = changes(record(EventType.EXCEPTION_STARTED, "2025-09-01", "ground",
                "SCHOOL_CLOSURE"));

        assertThat(changed).filteredOn(c -> c.key().equals("finalPlan")).singleElement()
                .satisfies(c -> assertThat(c.after().exceptionApplies()).isTrue());
    }

    @Test
    void an_event_that_changes_no_deadline_publishes_no_deadline_change() {
        record(EventType.DECIDED_TO_ASSESS, "2025-08-20");

        assertThat(changes(record(EventType.MEDIATION_REQUESTED, "2025-08-25", "about", "ASSESS"))).isEmpty();
    }

    private List<Object> record(EventType type, String on, String... fields) {
        NewEvent input = NewEvent.of(type, LocalDate.parse(on));
        for (int i = 0; i < fields.length; i += 2) {
            input = input.with(fields[i], fields[i + 1]);
        }
        CaseEvent event = EventReader.read(input, ++seq, Instant.EPOCH, "test");
        var before = journey.deadlineStates();
        journey.apply(event, TODAY);
        return JourneyEvents.published(header, event, before, journey);
    }

    private static List<DeadlineChanged> changes(List<Object> published) {
        return published.stream().filter(DeadlineChanged.class::isInstance).map(DeadlineChanged.class::cast).toList();
    }

    private static int indexOf(List<Object> published, Class<?> type) {
        for (int i = 0; i < published.size(); i++) {
            if (type.isInstance(published.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
