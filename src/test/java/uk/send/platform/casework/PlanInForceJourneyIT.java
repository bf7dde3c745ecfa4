package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** A plan in force moves away, is kept after proposals, and is asked to be re-assessed, through the API. */
@SendIntegrationTest
class PlanInForceJourneyIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    CaseApiClient api;

    @BeforeEach
    void caseworker() {
        api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
    }

    private String planIssuedOn3March2025(String name) throws Exception {
        return api.planIssuedOn3March2025(children, name);
    }

    private long events(String caseId) {
        return jdbc.sql("select count(*) from case_events where case_id = ?").param(caseId).query(Long.class).single();
    }

    @Test
    void a_move_learnt_of_before_christmas_is_due_on_the_15th_working_day_and_met_by_the_transfer() throws Exception {
        String caseId = planIssuedOn3March2025("Maya");

        api.event(caseId, "MOVE_NOTIFIED", "2025-12-22", "otherLa", "202").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("moveOn"));
        api.event(caseId, "MOVE_NOTIFIED", "2025-12-22", "moveOn", "2026-01-02", "otherLa", "2O2")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("otherLa"));
        assertThat(events(caseId)).isEqualTo(4);

        api.recorded(caseId, "MOVE_NOTIFIED", "2025-12-22", "moveOn", "2026-01-02", "otherLa", "202");
        api.get(caseId).andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlines[?(@.key=='transferOut')].dueOn").value(hasItem("2026-01-14")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='transferOut')].rule")
                        .value(hasItem("SEND Regulations 2014 reg 15(2)")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='transferOut')].status").value(hasItem("MISSED")))
                .andExpect(jsonPath("$.events[?(@.type=='MOVE_NOTIFIED')].details.moveOn").value(hasItem("2026-01-02")));

        api.recorded(caseId, "TRANSFERRED_OUT", "2026-01-12", "otherLa", "202");
        api.get(caseId).andExpect(jsonPath("$.stage").value("TRANSFERRED_OUT"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='transferOut')].status").value(hasItem("MET")));
        assertThat(jdbc.sql("select count(*) from case_deadlines where case_id = ? and deadline_key = 'transferOut' "
                + "and status = 'MET' and due_on = ?").params(caseId, java.time.LocalDate.of(2026, 1, 14))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_decision_not_to_amend_after_proposals_is_notified_within_its_period_and_needs_proposals() throws Exception {
        String caseId = planIssuedOn3March2025("Nell");
        api.recorded(caseId, "REVIEW_MEETING_HELD", "2026-02-20");
        api.recorded(caseId, "REVIEW_DECISION_MADE", "2026-03-06", "outcome", "AMEND");
        api.event(caseId, "DECIDED_NOT_TO_AMEND", "2026-03-07").andExpect(status().isConflict());

        api.recorded(caseId, "AMENDMENTS_PROPOSED", "2026-03-06");
        api.recorded(caseId, "DECIDED_NOT_TO_AMEND", "2026-04-10", "reasons", "The family's representations");
        api.get(caseId).andExpect(jsonPath("$.stage").value("PLAN_MAINTAINED"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='notToAmendNotice')].dueOn").value(hasItem("2026-05-01")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='notToAmendNotice')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='amendedPlan')]").isEmpty());
    }

    @Test
    void a_request_for_re_assessment_is_decided_and_a_decision_not_to_re_assess_needs_a_request() throws Exception {
        String caseId = planIssuedOn3March2025("Orla");
        api.event(caseId, "DECIDED_NOT_TO_REASSESS", "2026-03-02").andExpect(status().isConflict());

        api.recorded(caseId, "REASSESSMENT_REQUESTED", "2026-03-02", "requestedBy", "Parent");
        api.event(caseId, "REASSESSMENT_REQUESTED", "2026-03-03").andExpect(status().isConflict());
        api.get(caseId).andExpect(jsonPath("$.allowedEvents").value(hasItem("DECIDED_NOT_TO_REASSESS")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='reassessmentDecision')].dueOn").value(hasItem("2026-03-17")));

        api.recorded(caseId, "REASSESSMENT_STARTED", "2026-03-16");
        api.get(caseId).andExpect(jsonPath("$.stage").value("REASSESSMENT"))
                .andExpect(jsonPath("$.deadlines[?(@.key=='reassessmentDecision')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.deadlines[?(@.key=='reassessmentPlan')].dueOn").value(hasItem("2026-06-22")));
    }
}
