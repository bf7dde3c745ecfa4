package uk.send.platform.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * Journeys recorded through casework in 2016 (a year no other integration test records events in), with needs named and changed, a phase
 * transfer, and advice returned on time, late, outstanding and withdrawn. The dashboard rebuilt from casework's
 * history shows exactly the figures and records it counted as the events arrived; and the advice module's
 * advice-within-6-weeks agrees with the dashboard's, withdrawn request included.
 */
@SendIntegrationTest
class InsightRebuildIT {

    private static final List<String[]> PERIODS = List.of(new String[] {"2016-01-01", "2016-12-31"},
            new String[] {"2016-03-01", "2016-03-31"}, new String[] {"2016-05-01", "2016-05-31"},
            new String[] {"2016-06-01", "2016-06-30"}, new String[] {"2017-01-01", "2017-12-31"});

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;

    private RequestPostProcessor worker;
    private String team;

    @Test
    void a_rebuilt_dashboard_equals_the_one_counted_as_events_arrived_and_advice_agrees_with_it() throws Exception {
        team = "Rebuild " + System.nanoTime();
        worker = users.create("TEAM_MANAGER", team, null).basic();
        String planned = journeyWithPlanNeedsAndPhaseTransfer();
        String withdrawn = open("2016-01-16");
        event(withdrawn, "DECIDED_TO_ASSESS", "2016-02-13");
        advice(withdrawn, "SOCIAL_CARE", "2016-02-13"); // due 26 March, overdue from 27 March until withdrawn
        event(withdrawn, "WITHDRAWN", "2016-05-07");
        String outstanding = open("2016-06-04");
        event(outstanding, "DECIDED_TO_ASSESS", "2016-07-02");
        advice(outstanding, "EDUCATION", "2016-07-02"); // due 13 August, still awaited at the year's end
        String withdrawnEarly = open("2016-09-03");
        event(withdrawnEarly, "DECIDED_TO_ASSESS", "2016-09-24");
        advice(withdrawnEarly, "OTHER", "2016-09-24"); // withdrawn before it was due: never overdue
        event(withdrawnEarly, "WITHDRAWN", "2016-10-15");

        phaseTransfersReviewedLateAndNotAtAll();

        assertNeedsFollowThePlan(planned);
        expectAdvice("2016-01-01", "2016-12-31", 1, 3);
        expectAdvice("2016-03-01", "2016-03-31", 1, 3);
        expectAdvice("2016-05-01", "2016-05-31", 0, 0);
        figure("phase-transfers-reviewed-in-time", "2017-01-01", "2017-12-31", team)
                .andExpect(jsonPath("$.numerator").value(2)).andExpect(jsonPath("$.denominator").value(3));
        mvc.perform(range("/api/v1/measures/phase-transfers-reviewed-in-time/breakdown", "2017-01-01", "2017-12-31")
                        .param("team", team).param("by", "category").with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.value == 'OTHER_PHASE')].figure.denominator").value(3));

        Map<String, String> counted = snapshot();
        mvc.perform(post("/api/v1/admin/insight/rebuild").with(worker)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/insight/rebuild").with(TestUsers.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.journeys").isNumber());
        Map<String, String> rebuilt = snapshot();

        assertThat(rebuilt.keySet()).isEqualTo(counted.keySet());
        counted.forEach((what, json) -> assertThat(rebuilt.get(what)).as(what).isEqualTo(json));
        expectAdvice("2016-03-01", "2016-03-31", 1, 3);
        anAdministratorRebuildsFromThePage();
        assertThat(snapshot()).isEqualTo(counted);
    }

    private void anAdministratorRebuildsFromThePage() throws Exception {
        mvc.perform(get("/admin/insight").with(users.adminSignedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rebuild the dashboard")));
        mvc.perform(get("/admin/insight").with(users.create("TEAM_MANAGER", team, null).signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/insight/rebuild").with(users.adminSignedIn()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/insight"))
                .andExpect(flash().attribute("banner", containsString("The dashboard was rebuilt from")));
    }

    /** ASD with SLCN on the final plan; the amended plan names SEMH alone and also reviews a phase transfer. */
    private String journeyWithPlanNeedsAndPhaseTransfer() throws Exception {
        String caseId = open("2016-01-09");
        event(caseId, "DECIDED_TO_ASSESS", "2016-02-06");
        String onTime = advice(caseId, "EDUCATIONAL_PSYCHOLOGY", "2016-02-06");
        String late = advice(caseId, "HEALTH", "2016-02-06");
        event(caseId, "ADVICE_RECEIVED", "2016-03-12", ",\"adviceId\":\"" + onTime + "\"");
        event(caseId, "ADVICE_RECEIVED", "2016-04-02", ",\"adviceId\":\"" + late + "\"");
        event(caseId, "DECIDED_TO_ISSUE", "2016-04-16");
        event(caseId, "DRAFT_PLAN_ISSUED", "2016-04-23");
        event(caseId, "FINAL_PLAN_ISSUED", "2016-05-21", ",\"primaryNeed\":\"ASD\",\"secondaryNeed\":\"SLCN\"");
        event(caseId, "PHASE_TRANSFER_SCHEDULED", "2016-09-03",
                ",\"kind\":\"OTHER_PHASE\",\"transferOn\":\"2017-09-02\"");
        event(caseId, "AMENDMENTS_PROPOSED", "2016-09-10");
        event(caseId, "AMENDED_PLAN_ISSUED", "2016-10-01", ",\"primaryNeed\":\"SEMH\"");
        return caseId;
    }

    /**
     * One transfer reviewed after its deadline (14 February 2017: kept as it is on 20 March), and one scheduled, then
     * scheduled again as another kind, whose plan ceased before either deadline: it owes no review and is in no
     * figure.
     */
    private void phaseTransfersReviewedLateAndNotAtAll() throws Exception {
        String late = planIssued("2016-02-01", "2016-06-13");
        event(late, "PHASE_TRANSFER_SCHEDULED", "2016-09-05", ",\"kind\":\"OTHER_PHASE\",\"transferOn\":\"2017-09-04\"");
        event(late, "REVIEW_MEETING_HELD", "2017-03-06");
        event(late, "REVIEW_DECISION_MADE", "2017-03-20", ",\"outcome\":\"MAINTAIN\"");
        String notAmended = planIssued("2016-02-01", "2016-06-13");
        event(notAmended, "PHASE_TRANSFER_SCHEDULED", "2016-09-05",
                ",\"kind\":\"OTHER_PHASE\",\"transferOn\":\"2017-09-04\"");
        event(notAmended, "REVIEW_MEETING_HELD", "2016-11-07");
        event(notAmended, "REVIEW_DECISION_MADE", "2016-11-21", ",\"outcome\":\"AMEND\"");
        event(notAmended, "AMENDMENTS_PROPOSED", "2016-11-21");
        event(notAmended, "DECIDED_NOT_TO_AMEND", "2017-01-09"); // reviewed, and decided, before 15 February
        String ceased = planIssued("2016-02-01", "2016-06-13");
        event(ceased, "PHASE_TRANSFER_SCHEDULED", "2016-09-05",
                ",\"kind\":\"SECONDARY_TO_POST16\",\"transferOn\":\"2017-09-04\"");
        event(ceased, "PHASE_TRANSFER_SCHEDULED", "2016-10-03", ",\"kind\":\"OTHER_PHASE\",\"transferOn\":\"2017-09-04\"");
        event(ceased, "PLAN_CEASED", "2016-12-05", ",\"reason\":\"7\"");
    }

    private String planIssued(String receivedOn, String issuedOn) throws Exception {
        String caseId = open(receivedOn);
        event(caseId, "DECIDED_TO_ASSESS", receivedOn);
        event(caseId, "DECIDED_TO_ISSUE", receivedOn);
        event(caseId, "DRAFT_PLAN_ISSUED", receivedOn);
        event(caseId, "FINAL_PLAN_ISSUED", issuedOn, ",\"primaryNeed\":\"PD\"");
        return caseId;
    }

    private void assertNeedsFollowThePlan(String caseId) throws Exception {
        mvc.perform(get("/api/v1/cases/" + caseId).with(worker)).andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryNeed").value("SEMH"))
                .andExpect(jsonPath("$.secondaryNeed").doesNotExist());
        figure("active-plans", "2016-01-01", "2016-06-30", team).andExpect(jsonPath("$.numerator").value(4));
        mvc.perform(range("/api/v1/measures/active-plans", "2016-01-01", "2016-06-30").param("team", team)
                .param("need", "ASD").with(TestUsers.admin())).andExpect(jsonPath("$.numerator").value(1));
        mvc.perform(range("/api/v1/measures/active-plans", "2016-01-01", "2016-12-31").param("team", team)
                .param("need", "ASD").with(TestUsers.admin())).andExpect(jsonPath("$.numerator").value(0));
        mvc.perform(range("/api/v1/measures/active-plans", "2016-01-01", "2016-12-31").param("team", team)
                .param("need", "SEMH").with(TestUsers.admin())).andExpect(jsonPath("$.numerator").value(1));
    }

    /** advice-within-6-weeks for the whole Local Area: counted by insight alone (advice no longer has a count of its own). */
    private void expectAdvice(String from, String to, int numerator, int denominator) throws Exception {
        String insight = figure("advice-within-6-weeks", from, to, null)
                .andExpect(jsonPath("$.numerator").value(numerator))
                .andExpect(jsonPath("$.denominator").value(denominator))
                .andReturn().getResponse().getContentAsString();
        assertThat(insight).isNotEmpty();
        mvc.perform(range("/api/v1/advice/measure", from, to).with(TestUsers.admin()))
                .andExpect(status().isNotFound());
    }

    /** Every measure's figure, breakdowns and records, for the team, over each period. */
    private Map<String, String> snapshot() throws Exception {
        Map<String, String> all = new LinkedHashMap<>();
        String catalogue = mvc.perform(get("/api/v1/measures").with(TestUsers.admin())).andReturn().getResponse()
                .getContentAsString();
        List<String> keys = JsonPath.read(catalogue, "$[*].key");
        for (String key : keys) {
            for (String[] p : PERIODS) {
                all.put(key + " " + p[0], body(range("/api/v1/measures/" + key, p[0], p[1]).param("team", team)));
                all.put(key + " need " + p[0], body(range("/api/v1/measures/" + key + "/breakdown", p[0], p[1])
                        .param("team", team).param("by", "need")));
                for (String part : List.of("numerator", "denominator")) {
                    all.put(key + " " + part + " " + p[0], body(range("/api/v1/measures/" + key + "/records", p[0],
                            p[1]).param("team", team).param("part", part).param("size", "200")));
                }
            }
        }
        return all;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestUsers.admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions figure(String key, String from, String to, String team)
            throws Exception {
        MockHttpServletRequestBuilder request = range("/api/v1/measures/" + key, from, to);
        if (team != null) {
            request.param("team", team);
        }
        return mvc.perform(request.with(TestUsers.admin())).andExpect(status().isOk());
    }

    private static MockHttpServletRequestBuilder range(String path, String from, String to) {
        return get(path).param("from", from).param("to", to);
    }

    private String open(String receivedOn) throws Exception {
        String child = children.registerForDemo(new ChildDetails("Rebuild", "Tester", "2004-03-02", "F", null, null,
                null, null, null, null, null, "MAINSTREAM_ACADEMY", false, null, null, null));
        String body = mvc.perform(post("/api/v1/cases").with(worker).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child + "\",\"requestReceivedOn\":\"" + receivedOn
                                + "\",\"requestSource\":\"SETTING\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String advice(String caseId, String service, String on) throws Exception {
        return JsonPath.read(event(caseId, "ADVICE_REQUESTED", on, ",\"service\":\"" + service + "\""), "$.adviceId");
    }

    private String event(String caseId, String type, String on, String... extra) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/events").with(worker)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"" + type + "\",\"on\":\"" + on + "\"" + String.join("", extra) + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }
}
