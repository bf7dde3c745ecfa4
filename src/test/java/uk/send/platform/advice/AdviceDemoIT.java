package uk.send.platform.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.demo.internal.PartnerAdviceHistories;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The synthetic Local Area's advice requests get the history a provider's work leaves; on H2 and PostgreSQL. */
@SendIntegrationTest
class AdviceDemoIT {

    @Autowired PartnerAdviceHistories demo;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    @Test
    void returned_advice_gets_a_submitted_response_open_requests_are_taken_on_and_reports_are_stored() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        users.create("ADVICE_PROVIDER", null, "Educational psychology");
        AdviceFixture fixture = new AdviceFixture(mvc, users, children, jdbc);
        var late = fixture.adviceRequested("EDUCATIONAL_PSYCHOLOGY", null, today.minusDays(60));
        fixture.event(late.caseId(), "ADVICE_RECEIVED", today.minusDays(2), "adviceId", late.adviceId())
                .andExpect(status().isCreated());
        var open = fixture.adviceRequested("EDUCATIONAL_PSYCHOLOGY", null, today.minusDays(5));

        demo.giveHistories(20140901L);

        assertThat(jdbc.sql("select returned_via from advice_requests where id = ?").param(late.requestId())
                .query(String.class).single()).isEqualTo("PORTAL");
        assertThat(jdbc.sql("select late_reason from advice_requests where id = ?").param(late.requestId())
                .query(String.class).single()).isNotNull();
        assertThat(jdbc.sql("select status from advice_responses where request_id = ?").param(late.requestId())
                .query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from advice_answers where request_id = ? and question = 'outcomes'")
                .param(late.requestId()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select status from advice_requests where id = ?").param(open.requestId())
                .query(String.class).single()).isIn("NEW", "IN_PROGRESS");
        assertThat(jdbc.sql("select count(*) from advice_reports where report_month = ?")
                .param(YearMonth.from(today).minusMonths(1).atDay(1)).query(Long.class).single()).isPositive();
    }
}
