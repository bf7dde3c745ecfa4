package uk.send.platform.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The improvement programme's API as api-contract.md fixes it, with change control and access. H2 and PostgreSQL. */
@SendIntegrationTest
class ImprovementApiIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    private ResultActions send(String method, String path, String json, RequestPostProcessor who) throws Exception {
        var request = switch (method) {
            case "POST" -> post(path);
            case "PUT" -> put(path);
            default -> get(path);
        };
        if (json != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(who));
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private record Fixture(long plan, long priority, long milestone) {
    }

    private Fixture plan(TestUsers.TestUser lead, String code) throws Exception {
        long plan = id(send("POST", "/api/v1/improvement/plans", "{\"type\": \"WSOA\", \"title\": \"Written Statement of Action\"}",
                lead.basic()).andExpect(status().isCreated()).andExpect(jsonPath("$.type").value("WSOA")));
        long priority = id(send("POST", "/api/v1/improvement/plans/" + plan + "/priorities",
                "{\"code\": \"" + code + "\", \"title\": \"Improving the timeliness of assessment\", \"lead\": \"Head of SEND\"}",
                lead.basic()).andExpect(status().isCreated()));
        long milestone = id(send("POST", "/api/v1/improvement/priorities/" + priority + "/milestones",
                "{\"code\": \"8.1\", \"title\": \"Additional casework staff in post\", \"owner\": \"Head of SEND\", \"dueOn\": \"2027-03-31\"}",
                lead.basic()).andExpect(status().isCreated()).andExpect(jsonPath("$.dueOn").value("2027-03-31"))
                .andExpect(jsonPath("$.status").value("NOT_STARTED")));
        return new Fixture(plan, priority, milestone);
    }

    @Test
    void a_milestone_date_moves_only_through_a_change_request_the_board_approves_and_the_history_shows_both()
            throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        var board = users.create("BOARD_MEMBER");
        Fixture f = plan(lead, "IP8");
        String milestone = "/api/v1/improvement/milestones/" + f.milestone();

        send("PUT", milestone, "{\"status\": \"ON_TRACK\", \"dueOn\": \"2027-06-30\"}", lead.basic())
                .andExpect(status().isConflict());
        send("GET", milestone, null, lead.basic()).andExpect(jsonPath("$.dueOn").value("2027-03-31"))
                .andExpect(jsonPath("$.status").value("NOT_STARTED"));
        send("PUT", milestone, "{\"status\": \"ON_TRACK\", \"text\": \"Two of three posts filled\"}", lead.basic())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ON_TRACK"))
                .andExpect(jsonPath("$.dueOn").value("2027-03-31"));
        send("PUT", milestone, "{\"status\": \"SIDEWAYS\"}", lead.basic()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));

        send("POST", milestone + "/change-requests", "{\"dueOn\": \"2027-06-30\"}", lead.basic())
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        long request = id(send("POST", milestone + "/change-requests",
                "{\"dueOn\": \"2027-06-30\", \"reason\": \"Recruitment delayed by the pandemic\"}", lead.basic())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING")));
        send("GET", milestone, null, board.basic()).andExpect(jsonPath("$.dueOn").value("2027-03-31"));

        String decision = "/api/v1/improvement/change-requests/" + request + "/decision";
        send("POST", decision, "{\"decision\": \"APPROVED\"}", lead.basic()).andExpect(status().isForbidden());
        send("POST", decision, "{\"decision\": \"MAYBE\"}", board.basic()).andExpect(status().isBadRequest());
        send("POST", decision, "{\"decision\": \"APPROVED\", \"reason\": \"Agreed at the board\"}", board.basic())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        send("POST", decision, "{\"decision\": \"REFUSED\", \"reason\": \"Again\"}", board.basic())
                .andExpect(status().isConflict());

        String body = send("GET", milestone, null, board.basic()).andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2027-06-30")).andReturn().getResponse().getContentAsString();
        List<String> changes = JsonPath.read(body, "$.history[*].change");
        assertThat(changes).containsSubsequence("CREATED", "STATUS", "CHANGE_REQUESTED", "DUE_DATE");
        List<String> who = JsonPath.read(body, "$.history[?(@.change == 'DUE_DATE')].by");
        assertThat(who).containsExactly(board.username());
        List<String> requestedBy = JsonPath.read(body, "$.changeRequests[*].requestedBy");
        assertThat(requestedBy).containsExactly(lead.username());
        List<String> decidedBy = JsonPath.read(body, "$.changeRequests[*].decidedBy");
        assertThat(decidedBy).containsExactly(board.username());
    }

    @Test
    void a_refused_change_request_leaves_the_date_and_a_reason_is_needed_to_refuse() throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        var board = users.create("BOARD_MEMBER");
        Fixture f = plan(lead, "IP2");
        String milestone = "/api/v1/improvement/milestones/" + f.milestone();
        long request = id(send("POST", milestone + "/change-requests",
                "{\"dueOn\": \"2027-09-30\", \"reason\": \"Workforce data not available\"}", lead.basic()));
        send("POST", milestone + "/change-requests", "{\"dueOn\": \"2027-10-31\", \"reason\": \"Another\"}", lead.basic())
                .andExpect(status().isConflict());
        String decision = "/api/v1/improvement/change-requests/" + request + "/decision";
        send("POST", decision, "{\"decision\": \"REFUSED\"}", board.basic()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        send("POST", decision, "{\"decision\": \"REFUSED\", \"reason\": \"Keep to the plan\"}", board.basic())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED"));
        send("GET", milestone, null, lead.basic()).andExpect(jsonPath("$.dueOn").value("2027-03-31"))
                .andExpect(jsonPath("$.history[-1].change").value("CHANGE_REFUSED"));
    }

    @Test
    void a_risk_is_scored_consequence_times_likelihood_banded_and_every_score_is_kept_with_who() throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        String body = send("POST", "/api/v1/risks", "{\"title\": \"Children with autism may not receive a diagnosis\", "
                + "\"owner\": \"Designated Clinical Officer\", \"consequence\": 4, \"likelihood\": 3, "
                + "\"targetConsequence\": 4, \"targetLikelihood\": 1}", lead.basic())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.score").value(12))
                .andExpect(jsonPath("$.band").value("HIGH")).andExpect(jsonPath("$.targetScore").value(4))
                .andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusDays(30).toString()))
                .andExpect(jsonPath("$.escalated").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        send("PUT", "/api/v1/risks/" + id, "{\"consequence\": 5, \"likelihood\": 4, \"note\": \"Waiting list grew\"}",
                lead.basic()).andExpect(status().isOk()).andExpect(jsonPath("$.score").value(20))
                .andExpect(jsonPath("$.band").value("EXTREME")).andExpect(jsonPath("$.escalated").value(true));
        send("PUT", "/api/v1/risks/" + id, "{\"consequence\": 3, \"likelihood\": 3}", lead.basic())
                .andExpect(jsonPath("$.score").value(9)).andExpect(jsonPath("$.band").value("HIGH"));
        send("GET", "/api/v1/risks/" + id, null, lead.basic()).andExpect(status().isOk())
                .andExpect(jsonPath("$.history.length()").value(3))
                .andExpect(jsonPath("$.history[0].score").value(12)).andExpect(jsonPath("$.history[1].score").value(20))
                .andExpect(jsonPath("$.history[2].score").value(9))
                .andExpect(jsonPath("$.history[1].by").value(lead.username()))
                .andExpect(jsonPath("$.history[1].on").exists());

        send("POST", "/api/v1/risks", "{\"title\": \"t\", \"owner\": \"o\", \"consequence\": 6, \"likelihood\": 0}",
                lead.basic()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("consequence", "likelihood")));
        send("PUT", "/api/v1/risks/" + id, "{\"likelihood\": 9}", lead.basic()).andExpect(status().isBadRequest());
        send("GET", "/api/v1/risks/" + id, null, lead.basic()).andExpect(jsonPath("$.score").value(9));
        send("GET", "/api/v1/risks/999999", null, lead.basic()).andExpect(status().isNotFound());
    }

    @Test
    void a_local_area_configures_its_own_bands_and_risks_are_graded_by_them() throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        String own = "[{\"code\": \"LOW\", \"label\": \"Low\", \"minScore\": 1, \"maxScore\": 8, \"reviewDays\": 120, \"escalate\": false, \"colour\": \"green\"},"
                + "{\"code\": \"MEDIUM\", \"label\": \"Medium\", \"minScore\": 9, \"maxScore\": 14, \"reviewDays\": 60, \"escalate\": false, \"colour\": \"amber\"},"
                + "{\"code\": \"HIGH\", \"label\": \"High\", \"minScore\": 15, \"maxScore\": 25, \"reviewDays\": 7, \"escalate\": true, \"colour\": \"red\"}]";
        String npsa = "[{\"code\": \"LOW\", \"label\": \"Low\", \"minScore\": 1, \"maxScore\": 3, \"reviewDays\": 180, \"escalate\": false, \"colour\": \"green\"},"
                + "{\"code\": \"MODERATE\", \"label\": \"Moderate\", \"minScore\": 4, \"maxScore\": 6, \"reviewDays\": 90, \"escalate\": false, \"colour\": \"yellow\"},"
                + "{\"code\": \"HIGH\", \"label\": \"High\", \"minScore\": 8, \"maxScore\": 12, \"reviewDays\": 30, \"escalate\": false, \"colour\": \"amber\"},"
                + "{\"code\": \"EXTREME\", \"label\": \"Extreme\", \"minScore\": 15, \"maxScore\": 25, \"reviewDays\": 14, \"escalate\": true, \"colour\": \"red\"}]";
        send("PUT", "/api/v1/risks/bands", own, lead.basic()).andExpect(status().isForbidden());
        send("PUT", "/api/v1/risks/bands", own.replace("\"minScore\": 9", "\"minScore\": 10"), TestUsers.admin())
                .andExpect(status().isBadRequest());
        try {
            send("PUT", "/api/v1/risks/bands", own, TestUsers.admin()).andExpect(status().isOk());
            send("POST", "/api/v1/risks", "{\"title\": \"Capacity of the casework team\", \"owner\": \"Head of SEND\", "
                    + "\"consequence\": 3, \"likelihood\": 3}", lead.basic())
                    .andExpect(jsonPath("$.band").value("MEDIUM"))
                    .andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusDays(60).toString()));
        } finally {
            send("PUT", "/api/v1/risks/bands", npsa, TestUsers.admin()).andExpect(status().isOk());
        }
        send("GET", "/api/v1/risks/bands", null, lead.basic()).andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[2].code").value("HIGH")).andExpect(jsonPath("$[2].minScore").value(8));
    }

    @Test
    void board_members_read_plans_risks_and_reports_but_change_nothing_and_never_read_a_child() throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        var board = users.create("BOARD_MEMBER");
        Fixture f = plan(lead, "IP5");
        send("GET", "/api/v1/improvement/plans", null, board.basic()).andExpect(status().isOk());
        send("GET", "/api/v1/improvement/plans/" + f.plan(), null, board.basic()).andExpect(status().isOk())
                .andExpect(jsonPath("$.priorities[0].code").value("IP5"));
        send("GET", "/api/v1/risks", null, board.basic()).andExpect(status().isOk());
        send("GET", "/api/v1/improvement/plans/" + f.plan() + "/reports/2026-10", null, board.basic())
                .andExpect(status().isOk());
        send("POST", "/api/v1/improvement/plans", "{\"type\": \"PAP\", \"title\": \"x\"}", board.basic())
                .andExpect(status().isForbidden());
        send("POST", "/api/v1/risks", "{\"title\": \"t\", \"owner\": \"o\", \"consequence\": 1, \"likelihood\": 1}",
                board.basic()).andExpect(status().isForbidden());
        send("PUT", "/api/v1/improvement/milestones/" + f.milestone(), "{\"status\": \"COMPLETE\"}", board.basic())
                .andExpect(status().isForbidden());
        var caseworker = users.create("CASEWORKER");
        String child = JsonPath.read(send("POST", "/api/v1/children", "{\"givenName\": \"Amelia\", \"familyName\": "
                + "\"Stone\", \"dateOfBirth\": \"2016-03-02\", \"sex\": \"F\", \"postcode\": \"TA1 1AA\"}",
                caseworker.basic()).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        send("GET", "/api/v1/children/" + child, null, caseworker.basic()).andExpect(status().isOk());
        send("GET", "/api/v1/children/" + child, null, board.basic()).andExpect(status().isForbidden());
        send("GET", "/api/v1/cases?page=0&size=10", null, board.basic()).andExpect(status().isForbidden());
        send("GET", "/api/v1/improvement/plans", null, caseworker.basic()).andExpect(status().isForbidden());
    }

    @Test
    void an_improvement_lead_changes_only_the_priorities_they_lead() throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        var other = users.create("IMPROVEMENT_LEAD");
        Fixture f = plan(lead, "IP7");
        long theirs = id(send("POST", "/api/v1/improvement/plans/" + f.plan() + "/priorities",
                "{\"code\": \"IP9\", \"title\": \"Quality of plans\", \"lead\": \"Head of Quality Assurance\", "
                        + "\"leadUsername\": \"" + other.username() + "\"}", lead.basic()).andExpect(status().isCreated()));
        send("PUT", "/api/v1/improvement/milestones/" + f.milestone(), "{\"status\": \"AT_RISK\"}", other.basic())
                .andExpect(status().isForbidden());
        send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/milestones",
                "{\"code\": \"7.9\", \"title\": \"t\", \"owner\": \"o\", \"dueOn\": \"2027-01-31\"}", other.basic())
                .andExpect(status().isForbidden());
        send("POST", "/api/v1/improvement/priorities/" + theirs + "/milestones",
                "{\"code\": \"9.1\", \"title\": \"Multi-agency audit group\", \"owner\": \"Head of Quality Assurance\", "
                        + "\"dueOn\": \"2027-01-31\"}", other.basic()).andExpect(status().isCreated());
        send("POST", "/api/v1/improvement/priorities/" + theirs + "/updates", "{\"month\": \"2026-10\", \"rag\": \"GREEN\", "
                + "\"headline\": \"Audit group established\"}", other.basic()).andExpect(status().isCreated());
        send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/updates", "{\"month\": \"2026-10\", "
                + "\"rag\": \"GREEN\", \"headline\": \"x\"}", other.basic()).andExpect(status().isForbidden());
    }

    @Test
    void the_board_report_carries_the_dashboards_figure_for_its_month_and_once_issued_stays_exactly_as_issued()
            throws Exception {
        var lead = users.create("IMPROVEMENT_LEAD");
        var board = users.create("BOARD_MEMBER");
        Fixture f = plan(lead, "IP3");
        YearMonth month = YearMonth.now().minusMonths(1);
        send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/updates", "{\"month\": \"" + month
                + "\", \"rag\": \"AMBER\", \"headline\": \"Backlog cleared\", \"impact\": \"Families wait less\", "
                + "\"barriers\": [{\"barrier\": \"New staff in induction\", \"mitigation\": \"Managers prioritise IP8\"}], "
                + "\"nextSteps\": [\"Performance reports to advice providers\"]}", lead.basic())
                .andExpect(status().isCreated());
        send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/measures",
                "{\"measureKey\": \"ehcp-issued-within-20-weeks\", \"target\": 60, \"targetOn\": \"2027-03-31\"}",
                lead.basic()).andExpect(status().isCreated()).andExpect(jsonPath("$.unit").value("PERCENT"));
        long manual = id(send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/measures",
                "{\"title\": \"Annual health checks, 14 and over\", \"unit\": \"PERCENT\", \"baseline\": 28, "
                        + "\"target\": 75, \"source\": \"GP returns\", \"higherIsBetter\": true}", lead.basic())
                .andExpect(status().isCreated()));
        send("POST", "/api/v1/improvement/measures/" + manual + "/values", "{\"month\": \"" + month + "\", \"value\": 31.5}",
                lead.basic()).andExpect(status().isNoContent());
        send("POST", "/api/v1/improvement/measures/999999/values", "{\"month\": \"" + month + "\", \"value\": 1}",
                lead.basic()).andExpect(status().isNotFound());

        String report = send("GET", "/api/v1/improvement/plans/" + f.plan() + "/reports/" + month, null, board.basic())
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.priorities[0].headline").value("Backlog cleared"))
                .andExpect(jsonPath("$.priorities[0].barriers[0].mitigation").value("Managers prioritise IP8"))
                .andReturn().getResponse().getContentAsString();
        String dashboard = send("GET", "/api/v1/measures/ehcp-issued-within-20-weeks?from=" + month.atDay(1) + "&to="
                + month.atEndOfMonth(), null, board.basic()).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> live = JsonPath.read(report, "$.priorities[0].measures[?(@.live == true)]");
        assertThat(live).hasSize(1);
        Object dashboardValue = JsonPath.read(dashboard, "$.value");
        Object dashboardNumerator = JsonPath.read(dashboard, "$.numerator");
        Object dashboardDenominator = JsonPath.read(dashboard, "$.denominator");
        assertThat(String.valueOf(live.get(0).get("value"))).isEqualTo(String.valueOf(dashboardValue));
        assertThat(String.valueOf(live.get(0).get("numerator"))).isEqualTo(String.valueOf(dashboardNumerator));
        assertThat(String.valueOf(live.get(0).get("denominator"))).isEqualTo(String.valueOf(dashboardDenominator));
        List<Object> manualValue = JsonPath.read(report, "$.priorities[0].measures[?(@.live == false)].value");
        assertThat(manualValue).hasSize(1);
        assertThat(((Number) manualValue.get(0)).doubleValue()).isEqualTo(31.5);

        byte[] pdf = mvc.perform(get("/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + ".pdf")
                .with(board.basic())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("IP3").contains("Backlog cleared").contains("Managers prioritise IP8")
                .contains("31.5%").contains("Performance reports to advice providers");
        byte[] viaAccept = mvc.perform(get("/api/v1/improvement/plans/" + f.plan() + "/reports/" + month)
                .accept(MediaType.APPLICATION_PDF).with(board.basic())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(viaAccept, 0, 5)).isEqualTo("%PDF-");

        send("POST", "/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + "/issue", null, lead.basic())
                .andExpect(status().isForbidden());
        send("POST", "/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + "/issue", null, board.basic())
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ISSUED"));
        send("POST", "/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + "/issue", null, board.basic())
                .andExpect(status().isConflict());
        byte[] issuedPdf = mvc.perform(get("/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + ".pdf")
                .with(board.basic())).andReturn().getResponse().getContentAsByteArray();

        send("POST", "/api/v1/improvement/priorities/" + f.priority() + "/updates", "{\"month\": \"" + month
                + "\", \"rag\": \"RED\", \"headline\": \"Rewritten afterwards\"}", lead.basic()).andExpect(status().isCreated());
        send("POST", "/api/v1/improvement/measures/" + manual + "/values", "{\"month\": \"" + month + "\", \"value\": 99}",
                lead.basic()).andExpect(status().isNoContent());
        send("GET", "/api/v1/improvement/plans/" + f.plan() + "/reports/" + month, null, board.basic())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.priorities[0].headline").value("Backlog cleared"))
                .andExpect(jsonPath("$.priorities[0].rag").value("AMBER"));
        byte[] again = mvc.perform(get("/api/v1/improvement/plans/" + f.plan() + "/reports/" + month + ".pdf")
                .with(board.basic())).andReturn().getResponse().getContentAsByteArray();
        assertThat(again).isEqualTo(issuedPdf);
        assertThat(text(again)).contains("Backlog cleared").doesNotContain("Rewritten afterwards");

        send("GET", "/api/v1/improvement/plans/" + f.plan() + "/reports/2026-13", null, board.basic())
                .andExpect(status().isBadRequest());
        send("GET", "/api/v1/improvement/plans/999999/reports/" + month, null, board.basic())
                .andExpect(status().isNotFound());
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
