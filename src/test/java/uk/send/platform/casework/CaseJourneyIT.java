package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** A caseworker takes a request to a final plan through the API; runs on H2 and on PostgreSQL. */
@SendIntegrationTest
class CaseJourneyIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_request_goes_to_a_final_plan_within_twenty_weeks() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String childId = CaseApiClient.child(children, "Amelia");
        String caseId = api.openCase(childId, "2025-07-14");

        api.get(caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REQUEST_RECEIVED"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='decisionToAssess')].dueOn").value(hasItem("2025-08-25")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='decisionToAssess')].rule")
                        .value(hasItem("SEND Regulations 2014 reg 5(1)")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].dueOn").value(hasItem("2025-12-01")))
                .andExpect(jsonPath("$.within20Weeks").isEmpty())
                .andExpect(jsonPath("$.deadlines[*].key").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "decisionToAssess", "finalPlan")))
                .andExpect(jsonPath("$.targets[0].key").value("draftPlanTarget"))
                .andExpect(jsonPath("$.child.givenName").value("Amelia"));

        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        String advice = api.recorded(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "EDUCATIONAL_PSYCHOLOGY");
        String adviceId = JsonPath.read(advice, "$.adviceId");
        api.recorded(caseId, "ADVICE_RECEIVED", "2025-09-25", "adviceId", adviceId);
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-10-01");
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-13");
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-28");

        api.get(caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PLAN_MAINTAINED"))
                .andExpect(jsonPath("$.within20Weeks").value(true))
                .andExpect(jsonPath("$.exceptionApplies").value(false))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='advice:" + adviceId + "')].dueOn").value(hasItem("2025-10-02")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='advice:" + adviceId + "')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='representations')].dueOn").value(hasItem("2025-10-27")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')].dueOn").value(hasItem("2026-11-27")))
                .andExpect(jsonPath("$.events", hasSize(6)));

        assertThat(jdbc.sql("select count(*) from case_deadlines where case_id = ? and deadline_key = 'finalPlan' "
                + "and status = 'MET'").param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void events_the_journey_does_not_allow_are_refused_and_nothing_is_stored() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Bea"), "2025-07-14");

        api.event(caseId, "FINAL_PLAN_ISSUED", "2025-09-01").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").isNotEmpty());
        api.event(caseId, "DECIDED_TO_ASSESS", "2025-07-01").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        api.event(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "ASTROLOGY")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("service"));
        api.event(caseId, "EXCEPTION_STARTED", "2025-08-21", "ground", "HOLIDAYS")
                .andExpect(status().isUnprocessableContent());
        api.event(caseId, "ADVICE_REQUESTED", "2025-08-21").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("service"));
        api.event(caseId, "NOT_A_THING", "2025-08-21").andExpect(status().isBadRequest());
        api.event(caseId, "DECIDED_TO_ISSUE", "2025-02-30").andExpect(status().isBadRequest());
        api.recorded(caseId, "WITHDRAWN", "2025-09-01");
        api.event(caseId, "DECIDED_TO_ISSUE", "2025-09-02").andExpect(status().isConflict());

        api.get(caseId).andExpect(jsonPath("$.events", hasSize(2)))
                .andExpect(jsonPath("$.stage").value("WITHDRAWN"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')]").isEmpty());
    }

    @Test
    void opening_a_case_checks_the_child_and_the_source() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String childId = CaseApiClient.child(children, "Cara");
        api.open("no-such-child", "2025-07-14", "SETTING").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("childId"));
        api.open(childId, "2025-07-14", "NEIGHBOUR").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("requestSource"));
        api.open(childId, "14/07/2025", "SETTING").andExpect(status().isBadRequest());
        api.open(childId, "2025-07-14", "3").andExpect(status().isCreated())
                .andExpect(jsonPath("$.requestSource").value("HEALTH"));
    }

    @Test
    void a_stale_version_is_refused_with_nothing_stored() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Dora"), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20", "expectedVersion", 1);
        api.event(caseId, "DECIDED_TO_ISSUE", "2025-09-20", "expectedVersion", 1).andExpect(status().isConflict());
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-09-20", "expectedVersion", 2);
        api.get(caseId).andExpect(jsonPath("$.version").value(3)).andExpect(jsonPath("$.events", hasSize(2)));
    }

    @Test
    void a_caseworker_may_record_only_on_their_own_cases() throws Exception {
        CaseApiClient owner = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        CaseApiClient colleague = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String caseId = owner.openCase(CaseApiClient.child(children, "Evie"), "2025-07-14");
        colleague.get(caseId).andExpect(status().isOk());
        colleague.event(caseId, "DECIDED_TO_ASSESS", "2025-08-20").andExpect(status().isForbidden());
        new CaseApiClient(mvc, TestUsers.admin()).recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
    }

    @Test
    void the_list_filters_by_caseworker_stage_and_overdue() throws Exception {
        var user = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, user.basic());
        String late = api.openCase(CaseApiClient.child(children, "Fay"), "2025-07-14");
        String done = api.openCase(CaseApiClient.child(children, "Gil"), "2025-07-14");
        api.recorded(done, "DECIDED_TO_ASSESS", "2025-08-20");
        api.list("caseworker=" + user.username()).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.items[0].id").value(late));
        api.list("caseworker=" + user.username() + "&stage=ASSESSMENT")
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(done));
        api.list("caseworker=" + user.username() + "&overdue=true&dueBefore=2025-09-01")
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].overdue").value(true));
        api.list("stage=SOMEWHERE").andExpect(status().isBadRequest());
        api.list("dueBefore=yesterday").andExpect(status().isBadRequest());
    }

    @Test
    void a_plan_is_reviewed_amended_and_ceases_with_its_sen2_reason() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Hope"), "2023-09-04");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2023-10-09");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2023-12-01");
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2023-12-11");
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2024-01-15");
        api.recorded(caseId, "REVIEW_MEETING_HELD", "2024-05-10");
        api.get(caseId).andExpect(jsonPath("$.deadlines[?(@.key=='reviewReport')].dueOn").value(hasItem("2024-05-24")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='reviewDecision')].dueOn").value(hasItem("2024-06-07")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')].dueOn").value(hasItem("2025-05-09")));
        api.recorded(caseId, "REVIEW_DECISION_MADE", "2024-06-07", "outcome", "AMEND");
        api.recorded(caseId, "AMENDMENTS_PROPOSED", "2024-06-07");
        api.get(caseId).andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')].dueOn").value(hasItem("2024-08-02")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='reviewDecision')].status").value(hasItem("MET")));
        api.recorded(caseId, "AMENDED_PLAN_ISSUED", "2024-07-30");
        api.event(caseId, "REVIEW_DECISION_MADE", "2024-08-01", "outcome", "MAINTAIN").andExpect(status().isConflict());
        api.event(caseId, "PLAN_CEASED", "2024-09-01", "reason", 10).andExpect(status().isUnprocessableContent());
        api.recorded(caseId, "PLAN_CEASED", "2024-09-01", "reason", 5);
        api.get(caseId).andExpect(jsonPath("$.stage").value("CEASED"))
                .andExpect(jsonPath("$.events[-1].details.reason").value(5))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')]").isEmpty());
        api.get("no-such-case").andExpect(status().isNotFound());
        api.event("no-such-case", "WITHDRAWN", "2024-09-01").andExpect(status().isNotFound());
    }
}
