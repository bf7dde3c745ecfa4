package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The caseload, case, record-an-event, start-a-case and team workload pages. */
@SendIntegrationTest
class CasePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor signedIn(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private record Setup(String username, String caseId) {
    }

    private Setup caseFor(String role, String team, String name) throws Exception {
        TestUsers.TestUser worker = users.create(role, team, null);
        String caseId = new CaseApiClient(mvc, worker.basic()).openCase(CaseApiClient.child(children, name), "2025-07-14");
        return new Setup(worker.username(), caseId);
    }

    @Test
    void the_caseload_lists_my_cases_with_their_next_deadline() throws Exception {
        Setup s = caseFor("CASEWORKER", "Team A", "Hana");
        mvc.perform(get("/cases").with(signedIn(s.username()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Caseload")))
                .andExpect(content().string(containsString("govuk-service-navigation__item govuk-service-navigation__item--active")))
                .andExpect(content().string(containsString("Hana Tester")))
                .andExpect(content().string(containsString("Decision whether to assess")))
                .andExpect(content().string(containsString("Overdue")));
    }

    @Test
    void the_case_page_shows_every_deadline_with_its_rule_and_the_next_steps() throws Exception {
        Setup s = caseFor("CASEWORKER", "Team A", "Iris");
        mvc.perform(get("/cases/" + s.caseId()).with(signedIn(s.username()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Iris Tester")))
                .andExpect(content().string(containsString("SEND Regulations 2014 reg 5(1)")))
                .andExpect(content().string(containsString("SEND Regulations 2014 reg 13(2)")))
                .andExpect(content().string(containsString("25 Aug 2025")))
                .andExpect(content().string(containsString("1 Dec 2025")))
                .andExpect(content().string(containsString("Record: Decided to assess")))
                .andExpect(content().string(not(containsString("Record: Final plan issued"))));
    }

    @Test
    void the_case_page_links_each_advice_request_to_the_advice_portal() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER", "Team A", null);
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Ivy"), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-01");
        String adviceId = com.jayway.jsonpath.JsonPath.read(api.recorded(caseId, "ADVICE_REQUESTED", "2025-08-04",
                "service", "HEALTH", "recipient", "Community paediatrics"), "$.adviceId");
        mvc.perform(get("/cases/" + caseId).with(signedIn(worker.username()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/advice/cases/" + caseId + "/advice/" + adviceId + "\"")))
                .andExpect(content().string(containsString("Health (Community paediatrics)")));
    }

    @Test
    void a_bad_date_on_an_event_shows_the_error_summary_and_stores_nothing() throws Exception {
        Setup s = caseFor("CASEWORKER", "Team A", "Jade");
        mvc.perform(post("/cases/" + s.caseId() + "/record/DECIDED_TO_ASSESS").with(signedIn(s.username())).with(csrf())
                        .param("onDay", "31").param("onMonth", "2").param("onYear", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("href=\"#on\"")));
        mvc.perform(post("/cases/" + s.caseId() + "/record/DECIDED_TO_ASSESS").with(signedIn(s.username())).with(csrf())
                        .param("onDay", "1").param("onMonth", "7").param("onYear", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("before the request was received")));
        assertThat(jdbc.sql("select count(*) from case_events where case_id = ?").param(s.caseId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_house_move_is_recorded_on_its_form_and_a_bad_authority_code_is_shown_on_its_field() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER", "Team A", null);
        String caseId = new CaseApiClient(mvc, worker.basic()).planIssuedOn3March2025(children, "Lena");
        mvc.perform(get("/cases/" + caseId + "/record/MOVE_NOTIFIED").with(signedIn(worker.username())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Date of the move")));
        mvc.perform(post("/cases/" + caseId + "/record/MOVE_NOTIFIED").with(signedIn(worker.username())).with(csrf())
                        .param("onDay", "22").param("onMonth", "12").param("onYear", "2025")
                        .param("moveOnDay", "2").param("moveOnMonth", "1").param("moveOnYear", "2026")
                        .param("otherLa", "99"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#otherLa\"")));
        mvc.perform(post("/cases/" + caseId + "/record/MOVE_NOTIFIED").with(signedIn(worker.username())).with(csrf())
                        .param("onDay", "22").param("onMonth", "12").param("onYear", "2025")
                        .param("moveOnDay", "2").param("moveOnMonth", "1").param("moveOnYear", "2026")
                        .param("otherLa", "878"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId).with(signedIn(worker.username())))
                .andExpect(content().string(containsString("Plan transferred to the new authority on a house move")))
                .andExpect(content().string(containsString("14 Jan 2026")))
                .andExpect(content().string(containsString("Record: Plan transferred out")));
    }

    @Test
    void recording_an_event_redirects_to_the_case_with_it_in_the_history() throws Exception {
        Setup s = caseFor("CASEWORKER", "Team A", "Kira");
        mvc.perform(get("/cases/" + s.caseId() + "/record/DECIDED_TO_ASSESS").with(signedIn(s.username())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("When did it happen?")));
        mvc.perform(post("/cases/" + s.caseId() + "/record/DECIDED_TO_ASSESS").with(signedIn(s.username())).with(csrf())
                        .param("onDay", "20").param("onMonth", "8").param("onYear", "2025")
                        .param("reasons", "Panel agreed: needs not met at SEN support"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + s.caseId()));
        mvc.perform(get("/cases/" + s.caseId()).with(signedIn(s.username())))
                .andExpect(content().string(containsString("Panel agreed: needs not met at SEN support")))
                .andExpect(content().string(containsString("Record: Advice requested")));
        mvc.perform(get("/cases/" + s.caseId() + "/record/ADVICE_REQUESTED").with(signedIn(s.username())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Educational psychology")));
    }

    @Test
    void a_case_starts_from_a_child_and_a_bad_date_is_explained() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        String childId = CaseApiClient.child(children, "Lena");
        mvc.perform(get("/cases/new").param("childId", childId).with(signedIn(worker.username())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Who made the request?")));
        mvc.perform(post("/cases/new").with(signedIn(worker.username())).with(csrf()).param("childId", childId)
                        .param("requestReceivedOnDay", "40").param("requestReceivedOnMonth", "7")
                        .param("requestReceivedOnYear", "2025"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Choose who made the request")));
        mvc.perform(post("/cases/new").with(signedIn(worker.username())).with(csrf()).param("childId", childId)
                        .param("requestReceivedOnDay", "14").param("requestReceivedOnMonth", "7")
                        .param("requestReceivedOnYear", "2025").param("requestSource", "SETTING"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/cases/*"));
    }

    @Test
    void a_team_manager_sees_the_workload_and_reassigns_a_case() throws Exception {
        Setup s = caseFor("CASEWORKER", "Team Workload", "Mina");
        TestUsers.TestUser other = users.create("CASEWORKER", "Team Workload", null);
        TestUsers.TestUser manager = users.create("TEAM_MANAGER", "Team Workload", null);
        mvc.perform(get("/cases/team").with(signedIn(manager.username()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Team workload")))
                .andExpect(content().string(containsString(s.username())))
                .andExpect(content().string(containsString("Mina Tester")));
        int version = jdbc.sql("select version from cases where id = ?").param(s.caseId()).query(Integer.class).single();
        mvc.perform(post("/cases/team/reassign").with(signedIn(manager.username())).with(csrf())
                        .param("caseId", s.caseId()).param("caseworker", other.username())
                        .param("version", String.valueOf(version)).param("team", "Team Workload"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select caseworker from cases where id = ?").param(s.caseId()).query(String.class).single())
                .isEqualTo(other.username());
        mvc.perform(get("/cases/team").with(signedIn(s.username()))).andExpect(status().isForbidden());
    }

    @Test
    void the_cases_api_is_described_in_open_api() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cases/{id}/events")))
                .andExpect(content().string(containsString("/api/v1/cases/{id}/plan")));
    }
}
