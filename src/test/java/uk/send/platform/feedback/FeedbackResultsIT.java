package uk.send.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * What families told us, counted and used: response rates and the listened-to share (on the results page, the API
 * and the dashboard's catalogue), themes tagged on comments, the "You said, we did" log and its public page. On H2
 * and PostgreSQL.
 */
@SendIntegrationTest
class FeedbackResultsIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void answers_become_response_rates_a_listened_to_share_and_dashboard_measures_by_team() throws Exception {
        var fixture = new FeedbackFixture(mvc, users, children);
        String team = "Team A";
        String listened = answer(fixture, "Ottilie", "AFTER_FINAL_PLAN", "5", false);
        answer(fixture, "Peregrine", "AFTER_FINAL_PLAN", "2", true);
        invite(fixture, "Quenby", "AFTER_FINAL_PLAN");
        assertThat(listened).isNotNull();
        String period = "from=" + today.minusDays(1) + "&to=" + today;

        mvc.perform(get("/api/v1/feedback/results?" + period).with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rates[?(@.keyPoint=='AFTER_FINAL_PLAN' && @.team=='Team A')].invited").isNotEmpty());
        String figure = mvc.perform(get("/api/v1/measures/family-survey-response-rate-after-final-plan?" + period
                        + "&team=" + team).with(TestUsers.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int answered = JsonPath.read(figure, "$.numerator");
        int sent = JsonPath.read(figure, "$.denominator");
        assertThat(sent).isGreaterThanOrEqualTo(3);
        assertThat(answered).isGreaterThanOrEqualTo(2).isLessThan(sent);
        String share = mvc.perform(get("/api/v1/measures/families-listened-to?" + period).with(TestUsers.admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((int) JsonPath.read(share, "$.denominator")).isGreaterThanOrEqualTo(2);
        mvc.perform(get("/api/v1/measures").with(TestUsers.admin()))
                .andExpect(content().string(containsString("families-listened-to")))
                .andExpect(content().string(containsString("family-survey-response-rate-after-annual-review")));
        mvc.perform(get("/api/v1/measures/family-survey-response-rate/records?" + period + "&part=NUMERATOR")
                        .with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ottilie")));

        var manager = users.create("TEAM_MANAGER");
        mvc.perform(get("/surveys").with(manager.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Families who felt listened to")))
                .andExpect(content().string(containsString("After the final plan")))
                .andExpect(content().string(not(containsString("AFTER_FINAL_PLAN"))));
        mvc.perform(get("/surveys").with(fixture.caseworker.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/feedback/results?from=2026-02-01&to=2026-01-01").with(TestUsers.admin()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void staff_tag_comments_with_themes_and_link_a_theme_to_what_changed_on_the_public_page() throws Exception {
        var fixture = new FeedbackFixture(mvc, users, children);
        answer(fixture, "Wenna", "AFTER_ANNUAL_REVIEW", "2", false);
        var lead = users.create("IMPROVEMENT_LEAD");
        String themeName = "Waiting to hear back " + System.nanoTime();
        String theme = mvc.perform(post("/api/v1/feedback/themes").with(lead.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + themeName + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long themeId = ((Number) JsonPath.read(theme, "$.id")).longValue();
        mvc.perform(post("/api/v1/feedback/themes").with(lead.basic()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + themeName + "\"}")).andExpect(status().isBadRequest());

        String comments = mvc.perform(get("/api/v1/feedback/comments?keyPoint=AFTER_ANNUAL_REVIEW&theme=0")
                        .with(lead.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(comments, "$.items[?(@.text=='Wenna: call us back')].responseId");
        assertThat(ids).hasSize(1);
        mvc.perform(put("/api/v1/feedback/comments/" + ids.get(0) + "/better/themes").with(lead.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"themes\":[" + themeId + "]}"))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/feedback/comments/" + ids.get(0) + "/better/themes").with(lead.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"themes\":[987654321]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/feedback/comments?theme=" + themeId).with(lead.basic()))
                .andExpect(jsonPath("$.total").value(1));

        String youSaid = "Families waited weeks to hear back " + System.nanoTime();
        String action = mvc.perform(post("/api/v1/feedback/you-said-we-did").with(lead.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"themeId\":" + themeId + ",\"keyPoint\":\"AFTER_ANNUAL_REVIEW\",\"youSaid\":\""
                                + youSaid + "\",\"weDid\":\"Every call is returned within 2 working days\","
                                + "\"doneOn\":\"" + today + "\",\"published\":false}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.comments").value(1))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/feedback/you-said-we-did").with(lead.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"youSaid\":\"\",\"weDid\":\"x\",\"doneOn\":\"" + today.plusDays(3) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("youSaid", "doneOn")));

        mvc.perform(get("/you-said-we-did")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(youSaid))));
        mvc.perform(put("/api/v1/feedback/you-said-we-did/" + JsonPath.read(action, "$.id") + "/publication")
                        .with(lead.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":true,\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(true));
        mvc.perform(put("/api/v1/feedback/you-said-we-did/" + JsonPath.read(action, "$.id") + "/publication")
                        .with(lead.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"published\":false,\"version\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(get("/you-said-we-did")).andExpect(status().isOk())
                .andExpect(content().string(containsString(youSaid)))
                .andExpect(content().string(containsString("Every call is returned within 2 working days")))
                .andExpect(content().string(not(containsString("Wenna"))));
        var board = users.create("BOARD_MEMBER");
        mvc.perform(get("/api/v1/feedback/comments").with(board.basic())).andExpect(status().isForbidden());
    }

    @Test
    void a_key_point_can_be_set_to_go_by_hand_only_and_a_new_survey_version_is_used_from_then_on() throws Exception {
        var manager = users.create("TEAM_MANAGER");
        String settings = mvc.perform(get("/api/v1/feedback/key-points").with(manager.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(settings, "$[?(@.keyPoint=='AFTER_ANNUAL_REVIEW')].version[0]") instanceof Integer v ? v
                : ((List<Integer>) JsonPath.read(settings, "$[?(@.keyPoint=='AFTER_ANNUAL_REVIEW')].version")).get(0);
        mvc.perform(put("/api/v1/feedback/key-points/AFTER_ANNUAL_REVIEW").with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delayDays\":120}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("delayDays"));
        mvc.perform(put("/api/v1/feedback/key-points/AFTER_ANNUAL_REVIEW").with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delayDays\":3,\"version\":" + version + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.delayDays").value(3));
        mvc.perform(put("/api/v1/feedback/key-points/AFTER_ANNUAL_REVIEW").with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"delayDays\":4,\"version\":" + version + "}"))
                .andExpect(status().isConflict());

        mvc.perform(post("/api/v1/feedback/surveys").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keyPoint\":\"AFTER_ANNUAL_REVIEW\",\"title\":\"\",\"intro\":\"x\",\"questions\":["
                                + "{\"key\":\"a\",\"kind\":\"CHOICE\",\"text\":\"Pick\",\"options\":[\"One\"]}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.hasItems("title",
                        "questions[0].options")));
        mvc.perform(post("/api/v1/feedback/surveys").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"keyPoint\":\"AFTER_ANNUAL_REVIEW\",\"title\":\"How was the review?\","
                                + "\"intro\":\"Three questions.\",\"questions\":[{\"key\":\"listened\",\"kind\":\"SCALE\","
                                + "\"text\":\"We were listened to\",\"easyReadText\":\"People listened to me\","
                                + "\"required\":true,\"measure\":\"listened-to\"},{\"key\":\"better\",\"kind\":\"TEXT\","
                                + "\"text\":\"What could be better?\"}]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2));

        var fixture = new FeedbackFixture(mvc, users, children);
        String caseId = fixture.openCase(fixture.child("Kerensa", "kerensa.parent@example.org"), today.minusDays(400));
        String link = JsonPath.read(fixture.invite(caseId, "AFTER_ANNUAL_REVIEW").andReturn().getResponse()
                .getContentAsString(), "$.link");
        mvc.perform(get(FeedbackFixture.path(link))).andExpect(status().isOk())
                .andExpect(content().string(containsString("How was the review?")));
    }

    private String invite(FeedbackFixture fixture, String name, String survey) throws Exception {
        String caseId = fixture.openCase(fixture.child(name, name.toLowerCase() + "@example.org"), today.minusDays(200));
        return JsonPath.read(fixture.invite(caseId, survey).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.link");
    }

    private String answer(FeedbackFixture fixture, String name, String survey, String listened, boolean anonymous)
            throws Exception {
        String link = invite(fixture, name, survey);
        var request = post(FeedbackFixture.path(link)).with(csrf()).param("q-listened", listened)
                .param("q-better", name + ": call us back");
        switch (survey) {
            case "AFTER_FINAL_PLAN" -> request.param("q-draft", "3").param("q-describes", "4");
            case "AFTER_ANNUAL_REVIEW" -> request.param("q-views", "3");
            default -> request.param("q-clear", "3");
        }
        if (anonymous) {
            request.param("anonymous", "true");
        }
        mvc.perform(request).andExpect(status().isFound());
        return link;
    }
}
