package uk.send.platform.insight;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * Casework recorded through its API moves the dashboard's figures in the same transaction: day 42 and day 140 in
 * time, day 43 and day 141 late, a review decided on day 28 in time and on day 29 late.
 */
@SendIntegrationTest
class CaseworkFeedIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;

    private TestUsers.TestUser manager;

    @Test
    void figures_follow_the_events_recorded_on_cases() throws Exception {
        String team = "Feed " + System.nanoTime();
        manager = users.create("TEAM_MANAGER", team, null);
        String onTime = open("2025-01-06");
        event(onTime, "DECIDED_TO_ASSESS", "2025-02-17");
        String advice = JsonPath.read(event(onTime, "ADVICE_REQUESTED", "2025-02-18", ",\"service\":\"HEALTH\""),
                "$.adviceId");
        event(onTime, "ADVICE_RECEIVED", "2025-04-01", ",\"adviceId\":\"" + advice + "\"");
        event(onTime, "DECIDED_TO_ISSUE", "2025-04-01");
        event(onTime, "DRAFT_PLAN_ISSUED", "2025-04-14");
        mvc.perform(post("/api/v1/cases/" + onTime + "/events").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"FINAL_PLAN_ISSUED\",\"on\":\"2025-05-26\",\"primaryNeed\":\"NSA\"}"))
                .andExpect(status().is4xxClientError());
        event(onTime, "FINAL_PLAN_ISSUED", "2025-05-26", ",\"primaryNeed\":\"ASD\"");
        event(onTime, "REVIEW_MEETING_HELD", "2025-09-01");
        event(onTime, "REVIEW_DECISION_MADE", "2025-09-29", ",\"outcome\":\"MAINTAIN\"");

        String late = open("2025-01-06");
        event(late, "DECIDED_TO_ASSESS", "2025-02-18");
        plan(late, "2025-05-27");
        event(late, "REVIEW_MEETING_HELD", "2025-09-01");
        event(late, "REVIEW_DECISION_MADE", "2025-09-30", ",\"outcome\":\"AMEND\"");

        String refused = open("2025-03-03");
        event(refused, "DECIDED_NOT_TO_ASSESS", "2025-04-14");

        expect(team, "decisions-to-assess-within-6-weeks", 2, 3, 66.7);
        expect(team, "ehcp-issued-within-20-weeks", 1, 2, 50.0);
        expect(team, "annual-review-decisions-within-4-weeks", 1, 2, 50.0);
        expect(team, "advice-within-6-weeks", 1, 1, 100.0);
        mvc.perform(year("/api/v1/measures/active-plans", team)
                        .with(manager.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.numerator").value(2))
                .andExpect(jsonPath("$.denominator").doesNotExist());
        mvc.perform(year("/api/v1/measures/active-plans", team).param("need", "ASD").with(manager.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.numerator").value(1));
        mvc.perform(year("/api/v1/measures/requests-received", team)
                .with(manager.basic())).andExpect(jsonPath("$.numerator").value(3));
        mvc.perform(year("/api/v1/measures/decisions-to-assess-within-6-weeks/records", team).param("part", "numerator").with(manager.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].childName").value("Feed Tester"));
    }

    private void expect(String team, String key, int numerator, int denominator, double value) throws Exception {
        mvc.perform(year("/api/v1/measures/" + key, team)
                        .with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value(key))
                .andExpect(jsonPath("$.from").value("2025-01-01"))
                .andExpect(jsonPath("$.to").value("2025-12-31"))
                .andExpect(jsonPath("$.numerator").value(numerator))
                .andExpect(jsonPath("$.denominator").value(denominator))
                .andExpect(jsonPath("$.value").value(value))
                .andExpect(jsonPath("$.links.records").exists());
    }

    private void plan(String caseId, String finalOn) throws Exception {
        event(caseId, "DECIDED_TO_ISSUE", "2025-04-01");
        event(caseId, "DRAFT_PLAN_ISSUED", "2025-04-14");
        event(caseId, "FINAL_PLAN_ISSUED", finalOn);
    }

    private String open(String receivedOn) throws Exception {
        String child = children.registerForDemo(new ChildDetails("Feed", "Tester", "2014-03-02", "F", null, null, null,
                null, null, null, null, "MAINSTREAM_ACADEMY", false, null, null, null));
        String body = mvc.perform(post("/api/v1/cases").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child + "\",\"requestReceivedOn\":\"" + receivedOn
                                + "\",\"requestSource\":\"SETTING\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String event(String caseId, String type, String on, String... extra) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/events").with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"" + type + "\",\"on\":\"" + on + "\"" + String.join("", extra) + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder year(String path, String team) {
        return get(path).param("from", "2025-01-01").param("to", "2025-12-31").param("team", team);
    }
}
