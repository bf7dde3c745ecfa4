package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.advice.AdviceFixture;
import uk.send.platform.children.Children;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.notifications.OutboxEntry;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * A service hears of a new request by email after the case event is committed. The email is a reaction recorded in
 * the event publication registry: if it fails, the advice request stands, the failure waits in the registry, and a
 * retry sends it. On H2 and PostgreSQL.
 */
@SendIntegrationTest
class NewRequestEmailIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @MockitoSpyBean Notifications notifications;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void the_service_is_emailed_the_new_request_once_the_case_event_is_committed() throws Exception {
        var request = fixture().adviceRequested("HEALTH", "Community paediatrics", today.minusDays(3));

        await().atMost(PATIENCE).until(() -> publication(request).get("completed").equals(true));
        assertThat(emails(request)).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("community-paediatrics@advice.example.org");
            assertThat(m.templateKey()).isEqualTo(NewRequestEmail.TEMPLATE);
            assertThat(m.subject()).contains(AdviceRequest.reference(request.requestId()));
            assertThat(m.body()).contains("regulation 8(1)").doesNotContain("Amelia");
        });
    }

    @Test
    void a_failing_email_leaves_the_case_event_standing_and_waits_in_the_registry_until_a_retry_sends_it()
            throws Exception {
        doThrow(new IllegalStateException("outbox unavailable")).when(notifications).queue(any());
        var request = fixture().adviceRequested("HEALTH", "Community paediatrics", today.minusDays(1));

        await().atMost(PATIENCE).until(() -> "FAILED".equals(publication(request).get("status")));
        assertThat(publication(request).get("completed")).isEqualTo(false);
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and event_type = 'ADVICE_REQUESTED'")
                .param(request.caseId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from advice_requests where id = ?").param(request.requestId())
                .query(String.class).single()).isEqualTo("NEW");
        assertThat(emails(request)).isEmpty();

        reset(notifications);
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().toString().equals(publication(request).get("id")));

        await().atMost(PATIENCE).until(() -> publication(request).get("completed").equals(true));
        assertThat(emails(request)).hasSize(1);
    }

    @Test
    void a_request_recorded_after_its_due_date_is_left_to_the_reminders_and_leaves_nothing_in_the_registry()
            throws Exception {
        var request = fixture().adviceRequested("HEALTH", "Community paediatrics", today.minusDays(50));

        assertThat(publications(request)).isEmpty();
        assertThat(emails(request)).isEmpty();
    }

    private AdviceFixture fixture() {
        return new AdviceFixture(mvc, users, children, jdbc);
    }

    private List<OutboxEntry> emails(AdviceFixture.Request request) {
        return notifications.list(null, 0, 200).items().stream()
                .filter(m -> NewRequestEmail.reference(request.requestId()).equals(m.reference())).toList();
    }

    private Map<String, Object> publication(AdviceFixture.Request request) {
        return publications(request).stream().reduce((a, b) -> {
            throw new AssertionError("one publication expected for " + request.caseId());
        }).orElseThrow(() -> new AssertionError("no publication for " + request.caseId()));
    }

    private List<Map<String, Object>> publications(AdviceFixture.Request request) {
        return jdbc.sql("select id, status, completion_date from event_publication where listener_id like ? "
                        + "and serialized_event like ?")
                .params("%NewRequestEmail%", "%" + request.caseId() + "%")
                .query((rs, n) -> Map.<String, Object>of("id", rs.getString("id"),
                        "status", String.valueOf(rs.getString("status")),
                        "completed", rs.getTimestamp("completion_date") != null))
                .list();
    }
}
