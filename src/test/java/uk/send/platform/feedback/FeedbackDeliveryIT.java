package uk.send.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.kernel.internal.FlywayStartup;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.notifications.OutboxEntry;
import uk.send.platform.support.DatabaseAvailable;
import uk.send.platform.support.TestUsers;

/**
 * Delivery through GOV.UK Notify: the real Notify client sends to a stand-in for Notify's HTTP API in this test. A
 * failing sender loses nothing: the case event stands, the invitation waits, the message is tried again and its
 * delivery status recorded; a message that keeps failing is shown on the case's page and can be sent again. The link
 * reaches the family only in the email, minted as Notify takes it. Its own database (H2 or a PostgreSQL schema), so
 * no other test context's dispatcher takes these messages.
 */
@ExtendWith(DatabaseAvailable.class)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({TestUsers.class, FeedbackDeliveryIT.FreshDatabase.class})
class FeedbackDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final StandInNotify NOTIFY = StandInNotify.start();

    @DynamicPropertySource
    static void notifyAndOwnDatabase(DynamicPropertyRegistry registry) {
        registry.add("send.notify.api-key", () -> "test_key-" + UUID.randomUUID() + "-" + UUID.randomUUID());
        registry.add("send.notify.base-url", () -> "http://127.0.0.1:" + NOTIFY.port());
        registry.add("send.notify.dispatch-interval-ms", () -> "300");
        registry.add("send.notify.delivery-check-interval-ms", () -> "300");
        registry.add("send.notify.delivery-check-initial-delay-ms", () -> "300");
        String url = System.getProperty("send.test.url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            String schema = System.getProperty("spring.flyway.schemas", "send_it") + "_delivery";
            registry.add("spring.datasource.url", () -> url.replaceAll("currentSchema=[^&]*", "currentSchema=" + schema));
            registry.add("spring.flyway.schemas", () -> schema);
            registry.add("spring.flyway.default-schema", () -> schema);
        } else {
            registry.add("spring.datasource.url", () -> "jdbc:h2:mem:send-delivery-test;MODE=PostgreSQL;"
                    + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    /** This context's own database starts empty every run. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FreshDatabase {
        @Bean
        @Primary
        FlywayMigrationStrategy cleanThenMigrateOwnDatabase(FlywayStartup startup) {
            return (Flyway flyway) -> {
                flyway.clean();
                startup.migrate(flyway);
            };
        }
    }

    @AfterAll
    static void stopNotify() {
        NOTIFY.stop();
    }

    @MockitoSpyBean Notifications notifications;
    @Autowired IncompleteEventPublications incomplete;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void a_failing_outbox_neither_rolls_back_the_case_event_nor_loses_the_invitation_which_a_retry_makes()
            throws Exception {
        var fixture = new FeedbackFixture(mvc, users, children);
        String caseId = fixture.openCase(fixture.child("Morwenna", "morwenna.parent@example.org"), today.minusDays(30));
        doThrow(new IllegalStateException("outbox unavailable")).when(notifications).queue(any());

        fixture.event(caseId, "DECIDED_TO_ASSESS", today).andExpect(status().isCreated());

        await().atMost(PATIENCE).until(() -> "FAILED".equals(publication(caseId).get("status")));
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ? and event_type = 'DECIDED_TO_ASSESS'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
        assertThat(invitations(caseId)).isZero();

        reset(notifications);
        incomplete.resubmitIncompletePublications(p -> p.getIdentifier().toString().equals(publication(caseId).get("id")));

        await().atMost(PATIENCE).until(() -> Boolean.TRUE.equals(publication(caseId).get("completed")));
        assertThat(invitations(caseId)).isEqualTo(1);
        // a second run of the reaction finds the invitation it made
        incomplete.resubmitIncompletePublications(p -> true);
        assertThat(invitations(caseId)).isEqualTo(1);
    }

    @Test
    void notify_failing_for_a_while_is_tried_again_until_it_takes_the_email_whose_link_then_works_once()
            throws Exception {
        var fixture = new FeedbackFixture(mvc, users, children);
        String caseId = fixture.openCase(fixture.child("Lowenna", "lowenna.parent@example.org"), today.minusDays(30));
        NOTIFY.failNext("lowenna.parent@example.org", 2);

        fixture.event(caseId, "DECIDED_TO_ASSESS", today).andExpect(status().isCreated());

        await().atMost(PATIENCE).until(() -> invitationMessages(caseId).stream()
                .anyMatch(m -> "delivered".equals(m.deliveryStatus())));
        OutboxEntry message = invitationMessages(caseId).get(0);
        assertThat(message.status()).isEqualTo("SENT");
        assertThat(message.attempts()).isEqualTo(3);
        assertThat(message.sender()).isEqualTo("gov-uk-notify");
        assertThat(message.body()).contains("((link))");

        String email = NOTIFY.received("lowenna.parent@example.org").get(0);
        Matcher link = Pattern.compile("/feedback/([A-Za-z0-9_-]{43})").matcher(email);
        assertThat(link.find()).as(email).isTrue();
        assertThat(email).doesNotContain("((link))").doesNotContain("Lowenna");
        assertThat(jdbc.sql("select count(*) from notification_outbox where body like ?")
                .param("%" + link.group(1) + "%").query(Long.class).single()).isZero();

        mvc.perform(get("/feedback/" + link.group(1))).andExpect(status().isOk());
        mvc.perform(post("/feedback/" + link.group(1)).with(csrf()).param("q-listened", "5").param("q-clear", "4"))
                .andExpect(status().isFound());
        mvc.perform(get("/feedback/" + link.group(1))).andExpect(status().isGone());
    }

    @Test
    void an_email_notify_keeps_refusing_fails_shows_as_failed_on_the_case_and_can_be_sent_again() throws Exception {
        var fixture = new FeedbackFixture(mvc, users, children);
        String caseId = fixture.openCase(fixture.child("Demelza", "demelza.parent@example.org"), today.minusDays(30));
        NOTIFY.failNext("demelza.parent@example.org", 5);

        fixture.invite(caseId, "AFTER_FINAL_PLAN").andExpect(status().isCreated());

        await().atMost(PATIENCE).until(() -> invitationMessages(caseId).stream().anyMatch(m -> "FAILED".equals(m.status())));
        String invitationId = jdbc.sql("select id from feedback_invitations where case_id = ?").param(caseId)
                .query(String.class).single();
        assertThat(jdbc.sql("select status from feedback_invitations where id = ?").param(invitationId)
                .query(String.class).single()).isEqualTo("INVITED");
        mvc.perform(get("/surveys/cases/" + caseId).with(fixture.caseworker.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Failed")))
                .andExpect(content().string(containsString("Send again")));

        long messageId = invitationMessages(caseId).get(0).id();
        mvc.perform(post("/surveys/cases/" + caseId + "/invitations/" + invitationId + "/retry")
                        .param("messageId", String.valueOf(messageId)).with(csrf()).with(fixture.caseworker.signedIn()))
                .andExpect(status().isFound());
        await().atMost(PATIENCE).until(() -> "SENT".equals(invitationMessages(caseId).get(0).status()));
        mvc.perform(post("/api/v1/feedback/invitations/" + invitationId + "/deliveries/" + messageId + "/retry")
                        .with(fixture.caseworker.basic()))
                .andExpect(status().isUnprocessableEntity());
    }

    private long invitations(String caseId) {
        return jdbc.sql("select count(*) from feedback_invitations where case_id = ?").param(caseId)
                .query(Long.class).single();
    }

    private List<OutboxEntry> invitationMessages(String caseId) {
        return jdbc.sql("select id from feedback_invitations where case_id = ?").param(caseId).query(String.class)
                .list().stream().flatMap(id -> notifications.byReferencePrefix("feedback:" + id + ":").stream())
                .toList();
    }

    private Map<String, Object> publication(String caseId) {
        return jdbc.sql("select id, status, completion_date from event_publication where listener_id like ? "
                        + "and serialized_event like ?")
                .params("%SurveyTriggers%", "%" + caseId + "%")
                .query((rs, i) -> Map.<String, Object>of("id", rs.getString("id"), "completed",
                        rs.getTimestamp("completion_date") != null, "status", String.valueOf(rs.getString("status"))))
                .optional().orElse(Map.of("id", "", "completed", false, "status", "NONE"));
    }

    /** Notify's email and notification endpoints, as far as the client reads them. */
    static final class StandInNotify {

        private final HttpServer server;
        private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        private final List<String[]> received = new CopyOnWriteArrayList<>();

        private StandInNotify(HttpServer server) {
            this.server = server;
        }

        static StandInNotify start() {
            try {
                HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                StandInNotify notify = new StandInNotify(server);
                server.createContext("/v2/notifications", notify::handle);
                server.start();
                return notify;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }

        void failNext(String recipient, int times) {
            failures.put(recipient, new AtomicInteger(times));
        }

        List<String> received(String recipient) {
            return received.stream().filter(r -> r[0].equals(recipient)).map(r -> r[1]).toList();
        }

        private void handle(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String id = UUID.randomUUID().toString();
            if ("POST".equals(exchange.getRequestMethod())) {
                Matcher to = Pattern.compile("\"email_address\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
                String recipient = to.find() ? to.group(1) : "";
                AtomicInteger left = failures.get(recipient);
                if (left != null && left.getAndDecrement() > 0) {
                    respond(exchange, 500, "{\"status_code\":500,\"errors\":[{\"error\":\"Exception\",\"message\":\"Internal server error\"}]}");
                    return;
                }
                received.add(new String[] {recipient, body});
                respond(exchange, 201, "{\"id\":\"" + id + "\",\"reference\":\"r\",\"content\":{\"body\":\"b\","
                        + "\"from_email\":\"send@example.gov.uk\",\"subject\":\"s\"},\"template\":{\"id\":\""
                        + UUID.randomUUID() + "\",\"version\":1,\"uri\":\"https://example.org/t\"}}");
            } else {
                respond(exchange, 200, "{\"id\":\"" + id + "\",\"reference\":null,\"email_address\":\"x@example.org\","
                        + "\"phone_number\":null,\"line_1\":null,\"line_2\":null,\"line_3\":null,\"line_4\":null,"
                        + "\"line_5\":null,\"line_6\":null,\"postcode\":null,\"postage\":null,\"type\":\"email\","
                        + "\"status\":\"delivered\",\"template\":{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1,"
                        + "\"uri\":\"https://example.org/t\"},\"body\":\"b\",\"subject\":\"s\","
                        + "\"created_at\":\"2026-12-02T10:00:00.000000Z\",\"sent_at\":\"2026-12-02T10:00:01.000000Z\","
                        + "\"completed_at\":\"2026-12-02T10:00:02.000000Z\",\"estimated_delivery\":null,"
                        + "\"created_by_name\":null,\"cost_details\":null}");
            }
        }

        private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
                throws IOException {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }
    }
}
