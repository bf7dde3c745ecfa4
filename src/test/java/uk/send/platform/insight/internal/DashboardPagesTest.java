package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The dashboard pages and their exports, as a signed-in person sees them. */
@SendIntegrationTest
class DashboardPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JourneyFacts facts;

    @Test
    void the_dashboard_shows_a_tile_per_measure_with_its_trend_against_the_previous_period() throws Exception {
        Fixture f = new Fixture(facts, "Pages " + System.nanoTime());
        for (int i = 0; i < 6; i++) {
            f.decide(f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY"), i < 4 ? "2025-02-17" : "2025-02-18", true);
        }
        String page = mvc.perform(get("/dashboard").param("to", "2025-12").param("months", "12")
                        .param("team", f.team()).with(users.adminSignedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("SEND dashboard").contains("Decisions whether to assess within 6 weeks")
                .contains("66.7%").contains("4 of 6").contains("EHC plans issued within 20 weeks")
                .contains("/dashboard/export/headline.csv");
    }

    @Test
    void a_measure_page_has_its_definition_an_accessible_chart_with_its_data_and_the_dfe_comparison() throws Exception {
        String page = mvc.perform(get("/dashboard/measures/ehcp-issued-within-20-weeks").param("to", "2025-12")
                        .with(users.adminSignedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"img\"").contains("<title id=\"trend-ehcp-issued-within-20-weeks-title\">")
                .contains("<desc id=").contains("month by month").contains("England (DfE)").contains("45.9")
                .contains("South West (DfE)").contains("Somerset (DfE)").contains("33.5")
                .contains("List the numerator records");
    }

    @Test
    void every_table_downloads_as_csv_and_xlsx() throws Exception {
        byte[] csv = mvc.perform(get("/dashboard/export/comparison.csv").param("key", "ehcp-issued-within-20-weeks")
                        .param("to", "2025-12").with(users.adminSignedIn()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).contains("Area,Period,Numerator")
                .contains("England (DfE),2024,41448,90392,45.9");
        byte[] xlsx = mvc.perform(get("/dashboard/export/breakdown-need.xlsx").param("key", "active-plans")
                        .param("to", "2025-12").with(users.adminSignedIn()))
                .andExpect(status().isOk()).andExpect(content().contentType(uk.send.platform.documents.Downloads.XLSX))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).startsWith('P', 'K');
        mvc.perform(get("/dashboard/export/trend.xlsx").param("key", "active-plans").with(users.adminSignedIn()))
                .andExpect(status().isOk());
        mvc.perform(get("/dashboard/export/headline.csv").with(users.adminSignedIn())).andExpect(status().isOk());
        mvc.perform(get("/dashboard/export/records.csv").param("key", "requests-received").with(users.adminSignedIn()))
                .andExpect(status().isOk());
    }

    @Test
    void board_members_read_the_dashboard_but_not_the_records_behind_it() throws Exception {
        var board = users.create("BOARD_MEMBER");
        String page = mvc.perform(get("/dashboard/measures/active-plans").with(board.signedIn()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("List the records");
        mvc.perform(get("/dashboard/measures/active-plans/records").with(board.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard/export/records.csv").param("key", "active-plans").with(board.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/dashboard").with(users.create("CASEWORKER").signedIn())).andExpect(status().isForbidden());
    }

    @Test
    void an_unknown_measure_or_month_is_a_bad_request_page() throws Exception {
        mvc.perform(get("/dashboard/measures/no-such-measure").with(users.adminSignedIn()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/dashboard").param("to", "2025-13").with(users.adminSignedIn()))
                .andExpect(status().isBadRequest());
    }
}
