package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.support.SendIntegrationTest;

/** The synthetic Local Area shows families' voice: surveys sent and answered, themes, published entries. */
@SendIntegrationTest
class DemoFeedbackIT {

    @Autowired ApplicationContext context;
    @Autowired DemoFeedback feedback;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    @Test
    void the_demo_area_has_surveys_sent_and_answered_tagged_comments_and_published_you_said_we_did_entries()
            throws Exception {
        SyntheticAreaForTests.load(context, new DemoSettings(80, 7L, "demo-password-123"), "933");
        long before = count("select count(*) from feedback_invitations where trigger_key like 'demo:%'");

        feedback.give(7L);

        long sent = count("select count(*) from feedback_invitations where trigger_key like 'demo:%'") - before;
        assertThat(sent).isPositive();
        assertThat(count("select count(*) from feedback_invitations where trigger_key like 'demo:%' and status = 'ANSWERED'"))
                .isPositive().isLessThan(sent + before);
        assertThat(count("select count(*) from feedback_answer_themes")).isPositive();
        assertThat(count("select count(*) from feedback_actions where published = true")).isGreaterThanOrEqualTo(3);
        mvc.perform(get("/you-said-we-did")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Parents said their comments on the draft plan were ignored.")));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
