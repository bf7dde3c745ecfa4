package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.advice.AdviceFixture;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The advice module takes every date from casework's published deadlines and works none out; on H2 and PostgreSQL. */
@SendIntegrationTest
class AdviceFollowsCaseworkDeadlinesIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;
    @Autowired PerformanceQueries queries;

    @Test
    void late_advice_on_a_case_whose_plan_is_past_casework_s_20_week_date_counts_as_delaying_the_plan_until_the_journey_ends()
            throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        AdviceFixture fixture = new AdviceFixture(mvc, users, children, jdbc);
        var request = fixture.adviceRequested("HEALTH", null, today.minusDays(160));
        String caseJson = mvc.perform(get("/api/v1/cases/" + request.caseId()).with(fixture.caseworker.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        LocalDate finalPlanDue = due(caseJson, "finalPlan");
        LocalDate adviceDue = due(caseJson, "advice:" + request.adviceId());

        PerformanceRecord record = queries.dueBetween(adviceDue, adviceDue, null).stream()
                .filter(r -> r.requestId().equals(request.requestId())).findFirst().orElseThrow();
        assertThat(record.dueOn()).isEqualTo(adviceDue);
        assertThat(record.finalPlan()).isEqualTo(new FinalPlanLimit(finalPlanDue, null, true));
        assertThat(record.planDelayed(today)).isTrue();
        assertThat(record.planDelayed(finalPlanDue)).isFalse();

        String advice = mvc.perform(get("/api/v1/advice/cases/" + request.caseId() + "/advice/" + request.adviceId())
                        .with(fixture.caseworker.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((String) JsonPath.read(advice, "$.dueRule")).isEqualTo("SEND Regulations 2014 reg 8(1)");

        fixture.event(request.caseId(), "WITHDRAWN", today).andExpect(status().isCreated());
        Boolean applies = jdbc.sql("select applies from advice_case_deadlines where case_id = ? and deadline_key = 'finalPlan'")
                .param(request.caseId()).query(Boolean.class).single();
        assertThat(applies).isFalse();
    }

    private static LocalDate due(String caseJson, String key) {
        List<String> due = JsonPath.read(caseJson, "$.deadlines[?(@.key == '" + key + "')].dueOn");
        assertThat(due).as(key).hasSize(1);
        return LocalDate.parse(due.get(0));
    }
}
