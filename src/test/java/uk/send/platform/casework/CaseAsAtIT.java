package uk.send.platform.casework;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * GET /api/v1/cases/{id}?asAt= reads a case as it stood at the end of a day (api-contract.md): the SEN2 census,
 * board reports and audits of past months depend on it. Runs on H2 and on PostgreSQL.
 */
@SendIntegrationTest
class CaseAsAtIT {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;

    private RequestPostProcessor caseworker;
    private CaseApiClient api;

    private void signIn() {
        caseworker = users.create("CASEWORKER").basic();
        api = new CaseApiClient(mvc, caseworker);
    }

    @Test
    void a_case_with_an_exception_reads_as_it_stood_before_during_and_after_it() throws Exception {
        signIn();
        String caseId = api.openCase(CaseApiClient.child(children, "Asa"), "2025-01-06");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-02-10");
        api.recorded(caseId, "EXCEPTION_STARTED", "2025-03-03", "ground", "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES");
        api.recorded(caseId, "EXCEPTION_ENDED", "2025-03-31");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-04-14");
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-04-28");
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-06-09");

        asAt(caseId, "2025-02-28").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("ASSESSMENT"))
                .andExpect(jsonPath("$.exceptionApplies").value(false))
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.deadlines[?(@.key=='decisionToAssess')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].status").value(hasItem("OPEN")));
        asAt(caseId, "2025-03-15").andExpect(status().isOk())
                .andExpect(jsonPath("$.exceptionApplies").value(true))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].dueOn").value(hasItem("2025-05-26")));
        // due on 26 May and met later: on 20 May it was open, with no met date
        asAt(caseId, "2025-05-20").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("DRAFT_ISSUED"))
                .andExpect(jsonPath("$.within20Weeks").isEmpty())
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].status").value(hasItem("OPEN")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].metOn").value(hasItem((Object) null)));
        asAt(caseId, "2025-05-27").andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].status").value(hasItem("MISSED")));
        asAt(caseId, "2025-06-09").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PLAN_MAINTAINED"))
                .andExpect(jsonPath("$.within20Weeks").value(false))
                .andExpect(jsonPath("$.exceptionApplies").value(true))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].metOn").value(hasItem("2025-06-09")));
    }

    @Test
    void an_appeal_that_reopens_the_journey_brings_the_twenty_week_limit_back_from_the_day_it_was_decided()
            throws Exception {
        signIn();
        String caseId = api.openCase(CaseApiClient.child(children, "Bram"), "2025-01-06");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-02-10");
        api.recorded(caseId, "DECIDED_NOT_TO_ISSUE", "2025-04-07");
        api.recorded(caseId, "APPEAL_LODGED", "2025-05-01", "about", "ISSUE");
        api.recorded(caseId, "APPEAL_DECIDED", "2025-09-01", "outcome", "UPHELD");

        asAt(caseId, "2025-06-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("NOT_ISSUING"))
                .andExpect(jsonPath("$.deadlines[*].key", not(hasItem("finalPlan"))))
                .andExpect(jsonPath("$.deadlines[?(@.key=='noPlanNotice')].status").value(hasItem("MET")));
        asAt(caseId, "2025-09-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("ASSESSMENT"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].dueOn").value(hasItem("2025-05-26")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='finalPlan')].status").value(hasItem("MISSED")));
    }

    @Test
    void an_amended_plan_reads_as_it_stood_before_and_after_the_amendment() throws Exception {
        signIn();
        String caseId = api.planIssuedOn3March2025(children, "Cai");
        api.recorded(caseId, "REVIEW_MEETING_HELD", "2026-02-16");
        api.recorded(caseId, "REVIEW_DECISION_MADE", "2026-03-02", "outcome", "AMEND");
        api.recorded(caseId, "AMENDMENTS_PROPOSED", "2026-03-02");
        api.recorded(caseId, "AMENDED_PLAN_ISSUED", "2026-04-20");

        asAt(caseId, "2026-02-01").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PLAN_MAINTAINED"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')].dueOn").value(hasItem("2026-03-02")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')].status").value(hasItem("OPEN")))
                .andExpect(jsonPath("$.deadlines[*].key", not(hasItem("amendedPlan"))));
        asAt(caseId, "2026-03-10").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("AMENDMENT"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='annualReview')].dueOn").value(hasItem("2027-02-15")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')].dueOn").value(hasItem("2026-04-27")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')].status").value(hasItem("OPEN")));
        asAt(caseId, "2026-04-30").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("PLAN_MAINTAINED"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')].metOn").value(hasItem("2026-04-20")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')].status").value(hasItem("MET")));
    }

    @Test
    void a_day_before_the_request_is_not_found_and_a_day_that_is_not_a_date_is_bad_input() throws Exception {
        signIn();
        String caseId = api.openCase(CaseApiClient.child(children, "Dee"), "2025-01-06");

        asAt(caseId, "2025-01-05").andExpect(status().isNotFound());
        asAt(caseId, "2025-01-06").andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("REQUEST_RECEIVED"));
        asAt(caseId, "2025-02-30").andExpect(status().isBadRequest());
        asAt(caseId, "yesterday").andExpect(status().isBadRequest());
    }

    @Test
    void reading_as_at_a_day_needs_the_same_access_as_reading_the_case() throws Exception {
        signIn();
        String caseId = api.openCase(CaseApiClient.child(children, "Eli"), "2025-01-06");

        mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/" + caseId).param("asAt", "2025-02-01")
                .with(users.create("ADVICE_PROVIDER").basic())).andExpect(status().isForbidden());
    }

    private ResultActions asAt(String caseId, String day) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/" + caseId).param("asAt", day).with(caseworker));
    }
}
