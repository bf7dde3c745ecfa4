package uk.send.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * The one-time links of docs/api-contract.md, "Families' voice": a link opens the survey without an account, takes one
 * response, then refuses; an expired or unknown link refuses; no refusal names the child or family; the token is
 * kept only as its hash. On H2 and PostgreSQL.
 */
@SendIntegrationTest
class OneTimeLinksIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired Notifications notifications;
    @Autowired FamilyFeedback feedback;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    private FeedbackFixture fixture;
    private String caseId;

    @BeforeEach
    void aCase() throws Exception {
        fixture = new FeedbackFixture(mvc, users, children);
        caseId = fixture.openCase(fixture.child("Rosalind", "rosalind.parent@example.org"), today.minusDays(60));
    }

    @Test
    void an_invitation_gives_a_link_that_opens_the_survey_once_and_then_refuses_without_saying_whose_it_was()
            throws Exception {
        String body = fixture.invite(caseId, "AFTER_DECISION_TO_ASSESS")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/feedback/invitations/")))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.expiresOn").value(today.plusDays(28).toString()))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        String link = JsonPath.read(body, "$.link");
        assertThat(link).matches("https?://.+/feedback/[A-Za-z0-9_-]{43}");
        assertThat(notifications.byReferencePrefix("feedback:" + id + ":")).singleElement().satisfies(m -> {
            assertThat(m.recipient()).isEqualTo("rosalind.parent@example.org");
            assertThat(m.body()).contains("((link))").doesNotContain(FeedbackFixture.token(link)).doesNotContain("Rosalind");
        });

        mvc.perform(get(FeedbackFixture.path(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell us how the request for an assessment went")))
                .andExpect(content().string(not(containsString("Rosalind"))))
                .andExpect(content().string(not(containsString("Exmoor"))));

        mvc.perform(post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", "4").param("q-clear", "2")
                        .param("q-contact", "Letter").param("q-better", "Call us back when you say you will"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/feedback/thank-you"));

        String answeredPage = mvc.perform(get(FeedbackFixture.path(link))).andExpect(status().isGone())
                .andExpect(content().string(containsString("This link does not work")))
                .andReturn().getResponse().getContentAsString();
        assertThat(answeredPage).doesNotContain("Rosalind").doesNotContain("Exmoor").doesNotContain(caseId);
        mvc.perform(post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", "1").param("q-clear", "1"))
                .andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from feedback_responses where case_id = ?").param(caseId)
                .query(Long.class).single()).isEqualTo(1);

        String unknownPage = mvc.perform(get("/feedback/" + "A".repeat(43))).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(unknownPage).contains("This link does not work").doesNotContain("Rosalind");
        mvc.perform(get("/feedback/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void an_expired_link_refuses_and_says_nothing_about_the_family() throws Exception {
        String link = JsonPath.read(fixture.invite(caseId, "AFTER_FINAL_PLAN").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.link");
        mvc.perform(get(FeedbackFixture.path(link))).andExpect(status().isOk());

        // the link's weeks have passed
        jdbc.sql("update feedback_invitations set expires_on = ? where case_id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(1)), caseId).update();

        mvc.perform(get(FeedbackFixture.path(link))).andExpect(status().isGone())
                .andExpect(content().string(not(containsString("Rosalind"))))
                .andExpect(content().string(not(containsString("Tell us how"))));
        mvc.perform(post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", "5").param("q-draft", "5")
                .param("q-describes", "5")).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from feedback_responses where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_family_who_has_not_answered_is_reminded_a_week_apart_at_most_twice_and_the_link_then_expires()
            throws Exception {
        String id = JsonPath.read(fixture.invite(caseId, "AFTER_DECISION_TO_ASSESS").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
        for (int week = 1; week <= 3; week++) {
            // a week has passed since the last message
            jdbc.sql("update feedback_invitations set last_sent_at = ? where id = ?")
                    .params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(8))), id)
                    .update();
            feedback.remindDue();
        }
        var messages = notifications.byReferencePrefix("feedback:" + id + ":");
        assertThat(messages).extracting(m -> m.templateKey())
                .containsExactly("feedback-invitation", "feedback-reminder", "feedback-reminder");
        assertThat(messages.get(1).subject()).startsWith("Reminder: ");
        assertThat(messages.get(1).body()).contains("((link))").doesNotContain("Rosalind");

        jdbc.sql("update feedback_invitations set expires_on = ? where id = ?")
                .params(java.sql.Date.valueOf(today.minusDays(1)), id).update();
        feedback.expireDue();
        assertThat(jdbc.sql("select status from feedback_invitations where id = ?").param(id).query(String.class)
                .single()).isEqualTo("EXPIRED");
    }

    @Test
    void the_token_is_stored_nowhere_in_clear_only_as_its_sha_256() throws Exception {
        String link = JsonPath.read(fixture.invite(caseId, "AFTER_ANNUAL_REVIEW").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.link");
        String token = FeedbackFixture.token(link);
        assertThat(token).hasSize(43); // 256 random bits, base64url

        assertThat(jdbc.sql("select count(*) from feedback_links where token_hash = ?")
                .param(FamilyFeedback.hash(token)).query(Long.class).single()).isEqualTo(1);
        for (String table : new String[] {"feedback_links", "feedback_invitations", "notification_outbox",
                "access_log", "event_publication"}) {
            String everything = String.join("|", jdbc.sql("select * from " + table)
                    .query((rs, i) -> {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                            row.append(rs.getString(c)).append(',');
                        }
                        return row.toString();
                    }).list());
            assertThat(everything).as(table).doesNotContain(token);
        }
    }

    @Test
    void a_family_can_stay_anonymous_and_their_answers_are_kept_apart_from_the_case() throws Exception {
        String body = fixture.invite(caseId, "AFTER_FINAL_PLAN").andReturn().getResponse().getContentAsString();
        String link = JsonPath.read(body, "$.link");
        mvc.perform(post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", "2").param("q-draft", "1")
                        .param("q-describes", "3").param("q-better", "Nobody read our comments on the draft")
                        .param("anonymous", "true"))
                .andExpect(status().isFound());

        assertThat(jdbc.sql("select count(*) from feedback_responses where case_id = ? or invitation_id = ?")
                .params(caseId, JsonPath.read(body, "$.id")).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from feedback_answers where text = 'Nobody read our comments on the draft'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from feedback_invitations where id = ?").param((Object) JsonPath.read(body, "$.id"))
                .query(String.class).single()).isEqualTo("ANSWERED");
        mvc.perform(get("/api/v1/feedback/cases/" + caseId).with(fixture.caseworker.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answers").isEmpty())
                .andExpect(jsonPath("$.invitations[0].status").value("ANSWERED"));
    }

    @Test
    void missing_or_wrong_answers_are_shown_on_the_page_store_nothing_and_leave_the_link_working() throws Exception {
        String link = JsonPath.read(fixture.invite(caseId, "AFTER_DECISION_TO_ASSESS").andReturn().getResponse()
                .getContentAsString(), "$.link");
        mvc.perform(post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", "9")
                        .param("q-contact", "Carrier pigeon"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#q-clear\"")))
                .andExpect(content().string(containsString("href=\"#q-listened\"")))
                .andExpect(content().string(containsString("href=\"#q-contact\"")));
        assertThat(jdbc.sql("select count(*) from feedback_responses where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
        mvc.perform(get(FeedbackFixture.path(link) + "?version=easy-read")).andExpect(status().isOk())
                .andExpect(content().string(containsString("People listened to me")));
    }

    @Test
    void the_api_refuses_bad_invitations_field_by_field_and_an_unknown_case_with_404() throws Exception {
        fixture.invite(caseId, "AFTER_LUNCH").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("survey"));
        mvc.perform(post("/api/v1/feedback/invitations").with(fixture.caseworker.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"survey\":\"AFTER_FINAL_PLAN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseId"));
        fixture.invite("no-such-case", "AFTER_FINAL_PLAN").andExpect(status().isNotFound());
        var board = users.create("BOARD_MEMBER");
        mvc.perform(post("/api/v1/feedback/invitations").with(board.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":\"" + caseId + "\",\"survey\":\"AFTER_FINAL_PLAN\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from feedback_invitations where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void without_an_email_address_the_invitation_is_held_in_the_outbox_and_the_link_is_the_way_to_reach_the_family()
            throws Exception {
        String other = fixture.openCase(fixture.child("Tamsin", null), today.minusDays(30));
        String body = fixture.invite(other, "AFTER_DECISION_TO_ASSESS").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat(notifications.byReferencePrefix("feedback:" + JsonPath.read(body, "$.id") + ":"))
                .singleElement().satisfies(m -> {
                    assertThat(m.status()).isEqualTo("HELD");
                    assertThat(m.lastError()).contains("no email address");
                });
        mvc.perform(get(FeedbackFixture.path(JsonPath.read(body, "$.link")))).andExpect(status().isOk());
    }
}
