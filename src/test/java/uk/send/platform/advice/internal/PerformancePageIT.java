package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import com.jayway.jsonpath.JsonPath;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * The performance page shows two advice figures that count different requests: each has its own name and
 * definition, and each headline adds up with the table beneath it (decision 0040). On H2 and PostgreSQL.
 */
@SendIntegrationTest
class PerformancePageIT {


    @Autowired JdbcClient jdbc;
    @Autowired PartnerServices services;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Value("${send.local-authority}") String la;

    static boolean loaded;

    @BeforeEach
    void fixture() {
        if (!loaded) {
            String code = "page-" + UUID.randomUUID().toString().substring(0, 8);
            services.insertIfAbsent(code, "Page therapy " + code, AdviceKind.HEALTH, null, false);
            MarchFixture.insert(jdbc, la, services.byCode(code).orElseThrow().id());
            loaded = true;
        }
    }

    @Test
    void the_advice_due_figure_and_the_received_or_overdue_measure_have_different_names_and_each_adds_up_with_its_table()
            throws Exception {
        var manager = users.create("TEAM_MANAGER");
        String page = mvc.perform(get("/advice/performance?month=2024-03").with(manager.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String dueName = text(page, "id=\"advice-due\"");
        String measureName = text(page, "id=\"advice-received-or-overdue\"");
        assertThat(dueName).isEqualTo("Advice due in March 2024");
        assertThat(measureName).isEqualTo("Advice received or overdue in March 2024");
        assertThat(page).contains(TimelinessFigure.DUE_IN_MONTH.definition())
                .contains(TimelinessFigure.RECEIVED_OR_OVERDUE.definition())
                .contains("advice-within-6-weeks")
                .contains("February 2024").contains("April 2024").doesNotContain(">2024-02<");

        String allServices = page.substring(page.indexOf("data-service=\"all\""));
        allServices = allServices.substring(0, allServices.indexOf("</tr>"));
        long within = leading(text(allServices, "data-figure=\"within\""));
        long late = leading(text(allServices, "data-figure=\"late\""));
        long notYetDue = leading(text(allServices, "data-figure=\"not-yet-due\""));
        long due = leading(text(allServices, "data-figure=\"due\""));
        long[] dueHeadline = ofPair(text(page, "id=\"advice-due-headline\""));
        assertThat(dueHeadline).containsExactly(within, within + late);
        assertThat(within + late + notYetDue).isEqualTo(due);

        long[] measureHeadline = ofPair(text(page, "id=\"advice-received-or-overdue-headline\""));
        String dashboard = mvc.perform(get("/api/v1/measures/advice-within-6-weeks?from=2024-03-01&to=2024-03-31")
                .with(manager.basic())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(measureHeadline).as("the dashboard's figure, counted once, by insight")
                .containsExactly(((Number) JsonPath.read(dashboard, "$.numerator")).longValue(),
                        ((Number) JsonPath.read(dashboard, "$.denominator")).longValue());
        assertThat(page).contains("/dashboard/measures/advice-within-6-weeks?to=2024-03&amp;months=1");
    }

    @Test
    void the_api_names_each_figure_and_says_what_it_counts() throws Exception {
        var manager = users.create("TEAM_MANAGER");
        mvc.perform(get("/api/v1/advice/performance?month=2024-03").with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].figure").value("advice-due-in-month"))
                .andExpect(jsonPath("$[0].definition").value(TimelinessFigure.DUE_IN_MONTH.definition()));
        mvc.perform(get("/api/v1/measures/advice-within-6-weeks?from=2024-03-01&to=2024-03-31")
                        .with(manager.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.key").value("advice-within-6-weeks"));
    }

    /** The text of the first element whose opening tag holds the attribute. */
    private static String text(String html, String attribute) {
        Matcher m = Pattern.compile(Pattern.quote(attribute) + "[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as(attribute).isTrue();
        return m.group(1).strip();
    }

    private static long leading(String text) {
        Matcher m = Pattern.compile("^(\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** "74 of 348 (21.3%)" -> {74, 348}. */
    private static long[] ofPair(String text) {
        Matcher m = Pattern.compile("^(\\d+) of (\\d+)").matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
    }
}
