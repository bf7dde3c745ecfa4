package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.improvement.BoardReports;
import uk.send.platform.improvement.ImprovementProgramme;
import uk.send.platform.improvement.RiskRegister;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The demo's Written Statement of Action loads through the public services and gives the board a report with history. */
@SendIntegrationTest
class DemoImprovementIT {

    @Autowired ImprovementProgramme programme;
    @Autowired RiskRegister risks;
    @Autowired BoardReports reports;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void the_demo_plan_has_nine_priorities_months_of_updates_a_moved_milestone_risks_and_an_issued_report() throws Exception {
        new DemoImprovement(programme, risks, reports, clock, "true", "jdbc:h2:mem:x").load();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        var board = users.create("BOARD_MEMBER");
        String plans = mvc.perform(get("/api/v1/improvement/plans?size=200").with(board.basic()))
                .andReturn().getResponse().getContentAsString();
        List<Integer> ids = JsonPath.read(plans, "$.items[?(@.title == 'SEND Written Statement of Action')].id");
        long plan = ids.get(ids.size() - 1);
        YearMonth issued = YearMonth.now(clock).minusMonths(2);
        String body = mvc.perform(get("/api/v1/improvement/plans/" + plan + "/reports/" + issued).with(board.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.priorities.length()").value(9))
                .andReturn().getResponse().getContentAsString();
        List<String> codes = JsonPath.read(body, "$.priorities[*].code");
        assertThat(codes).containsExactly("IP1", "IP2", "IP3", "IP4", "IP5", "IP6", "IP7", "IP8", "IP9");
        String text = body.toLowerCase();
        for (String name : List.of("wooster", "applewood", "hobbs", "fairhurst", "hearn", "rigby", "worthington",
                "walker", "turnbull", "merchant", "shallcross", "janson", "stavely")) {
            assertThat(text).as("no person's name from the seeds").doesNotContain(name);
        }
        String draft = mvc.perform(get("/api/v1/improvement/plans/" + plan + "/reports/" + YearMonth.now(clock).minusMonths(1))
                .with(board.basic())).andExpect(jsonPath("$.status").value("DRAFT")).andReturn().getResponse()
                .getContentAsString();
        List<Object> trend = JsonPath.read(draft, "$.priorities[?(@.code == 'IP4')].measures[0].trend[*].value");
        assertThat(trend.stream().filter(v -> v != null).count()).isGreaterThanOrEqualTo(4);
        List<String> changes = JsonPath.read(draft, "$.priorities[?(@.code == 'IP2')].milestones[*].code");
        assertThat(changes).contains("2.1", "2.2");
        List<Object> escalated = JsonPath.read(draft, "$.risks[?(@.escalated == true)]");
        assertThat(escalated).isNotEmpty();
        mvc.perform(get("/api/v1/improvement/change-requests").with(board.basic()))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
    }
}
