package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.advice.AdviceFixture;
import uk.send.platform.children.Children;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Reminders go out once each, at their offsets, and stop when the advice is in; on H2 and PostgreSQL. */
@SendIntegrationTest
class AdviceChasingIT {

    @Autowired AdviceChaser chaser;
    @Autowired Notifications notifications;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    @Test
    void a_service_is_reminded_two_weeks_before_on_the_day_and_weekly_after_and_never_twice() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        AdviceFixture fixture = new AdviceFixture(mvc, users, children, jdbc);
        var request = fixture.adviceRequested("HEALTH", "Community paediatrics", today.minusDays(32));
        LocalDate due = today.plusDays(10);

        chaser.chase(today.minusDays(5));
        assertThat(sent(request, "before-14")).isZero();
        chaser.chase(today);
        chaser.chase(today);
        chaser.chase(today.plusDays(1));
        assertThat(sent(request, "before-14")).isEqualTo(1);
        chaser.chase(due);
        chaser.chase(due.plusDays(3));
        assertThat(sent(request, "due-day")).isEqualTo(1);
        chaser.chase(due.plusDays(9));
        chaser.chase(due.plusDays(9));
        assertThat(sent(request, "overdue-1")).isEqualTo(1);
        assertThat(notifications.list(null, 0, 200).items()).filteredOn(m -> m.reference() != null
                        && m.reference().startsWith("advice-reminder:" + request.requestId()))
                .hasSize(3)
                .allSatisfy(m -> {
                    assertThat(m.recipient()).isEqualTo("community-paediatrics@advice.example.org");
                    assertThat(m.subject()).startsWith("Advice request " + AdviceRequest.reference(request.requestId()));
                    assertThat(m.body()).contains("regulation 8(1)").doesNotContain("Amelia");
                });
        assertThat(jdbc.sql("select count(*) from advice_reminders where request_id = ?").param(request.requestId())
                .query(Long.class).single()).isEqualTo(3);

        var paediatrician = users.create("ADVICE_PROVIDER", null, "Community paediatrics");
        mvc.perform(post("/api/v1/advice/requests/" + request.requestId() + "/submission").with(paediatrician.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isCreated());
        chaser.chase(due.plusDays(14));
        assertThat(sent(request, "overdue-2")).isZero();
    }

    private long sent(AdviceFixture.Request request, String reminder) {
        return notifications.countByReference("advice-reminder:" + request.requestId() + ":" + reminder);
    }
}
