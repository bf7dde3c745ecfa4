package uk.send.platform.insight.internal;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The measures API: its answers, its refusals of bad input, and who may see what. */
@SendIntegrationTest
class MeasuresApiTest {

    private static final String FIGURE = "/api/v1/measures/decisions-to-assess-within-6-weeks";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JourneyFacts facts;

    private ResultActions asAdmin(String url) throws Exception {
        return mvc.perform(get(url).with(TestUsers.admin()));
    }

    private void refused(String url, String field, String words) throws Exception {
        asAdmin(url).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.containsString(words)));
    }

    @Test
    void the_catalogue_lists_the_five_contract_measures_with_their_definitions() throws Exception {
        asAdmin("/api/v1/measures").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].key", hasItems("ehcp-issued-within-20-weeks",
                        "ehcp-issued-within-20-weeks-excluding-exceptions", "decisions-to-assess-within-6-weeks",
                        "advice-within-6-weeks", "annual-review-decisions-within-4-weeks")))
                .andExpect(jsonPath("$.items[0].definition").isNotEmpty())
                .andExpect(jsonPath("$.items[0].numerator").isNotEmpty())
                .andExpect(jsonPath("$.items[0].version").value(1));
    }

    @Test
    void a_figure_has_the_contract_fields_and_a_link_to_its_records() throws Exception {
        asAdmin(FIGURE + "?from=2024-01-01&to=2024-12-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.key").value("decisions-to-assess-within-6-weeks"))
                .andExpect(jsonPath("$.from").value("2024-01-01")).andExpect(jsonPath("$.to").value("2024-12-31"))
                .andExpect(jsonPath("$.numerator").isNumber()).andExpect(jsonPath("$.denominator").isNumber())
                .andExpect(jsonPath("$.links.records").value(org.hamcrest.Matchers.startsWith(FIGURE + "/records?")));
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_a_reason() throws Exception {
        refused(FIGURE + "?from=2025-02-01&to=2025-01-31", "from", "must be on or before");
    }

    @Test
    void an_unknown_measure_key_is_refused_with_a_reason() throws Exception {
        refused("/api/v1/measures/plans-eaten-by-dogs?from=2025-01-01&to=2025-01-31", "key", "no measure");
        refused("/api/v1/measures/plans-eaten-by-dogs/records?from=2025-01-01&to=2025-01-31", "key", "no measure");
    }

    @Test
    void a_period_over_ten_years_is_refused_and_ten_years_exactly_is_allowed() throws Exception {
        refused(FIGURE + "?from=2015-01-01&to=2025-01-01", "to", "at most 10 years");
        asAdmin(FIGURE + "?from=2015-01-01&to=2024-12-31").andExpect(status().isOk());
    }

    @Test
    void impossible_or_missing_dates_are_refused_naming_the_field() throws Exception {
        refused(FIGURE + "?from=2025-02-30&to=2025-03-31", "from", "not a real date");
        refused(FIGURE + "?from=2025-01-01&to=31/12/2025", "to", "not a real date");
        refused(FIGURE + "?to=2025-12-31", "from", "Enter from");
    }

    @Test
    void unknown_filters_parts_and_breakdowns_are_refused() throws Exception {
        refused(FIGURE + "?from=2025-01-01&to=2025-12-31&need=GRUMPY", "need", "not a primary need");
        refused("/api/v1/measures/requests-received/records?from=2025-01-01&to=2025-12-31&part=denominator", "part",
                "no denominator");
        refused(FIGURE + "/records?from=2025-01-01&to=2025-12-31&part=middle", "part", "numerator or denominator");
        refused(FIGURE + "/breakdown?by=colour&from=2025-01-01&to=2025-12-31", "by", "Break a figure down");
        refused(FIGURE + "/records?from=2025-01-01&to=2025-12-31&size=1000", "size", "between 1 and");
        refused(FIGURE + "/trend?to=2025-13", "to", "not a month");
        refused(FIGURE + "/trend?to=2025-12&months=121", "months", "between 1 and 120");
    }

    @Test
    void board_members_see_small_numbers_withheld_and_cannot_list_records() throws Exception {
        Fixture f = new Fixture(facts, "Small " + System.nanoTime());
        for (int i = 0; i < 3; i++) {
            f.decide(f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY"), "2025-02-17", true);
        }
        var board = users.create("BOARD_MEMBER");
        mvc.perform(get(FIGURE).param("from", "2025-01-01").param("to", "2025-12-31").param("team", f.team())
                        .with(board.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.numerator").doesNotExist()).andExpect(jsonPath("$.value").doesNotExist());
        mvc.perform(get(FIGURE).param("from", "2025-01-01").param("to", "2025-12-31").param("team", f.team())
                        .with(TestUsers.admin()))
                .andExpect(jsonPath("$.suppressed").value(false)).andExpect(jsonPath("$.numerator").value(3));
        mvc.perform(get(FIGURE + "/records").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("team", f.team()).with(board.basic())).andExpect(status().isForbidden());
        mvc.perform(get(FIGURE + "/records").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("team", f.team()).with(TestUsers.admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void team_managers_list_records_of_their_own_team_only() throws Exception {
        var manager = users.create("TEAM_MANAGER", "Team Q", null);
        mvc.perform(get(FIGURE + "/records").param("from", "2025-01-01").param("to", "2025-12-31")
                .param("team", "Team Q").with(manager.basic())).andExpect(status().isOk());
        mvc.perform(get(FIGURE + "/records").param("from", "2025-01-01").param("to", "2025-12-31")
                .with(manager.basic())).andExpect(status().isForbidden());
    }

    @Test
    void people_without_dashboard_read_see_no_figures() throws Exception {
        var caseworker = users.create("CASEWORKER");
        mvc.perform(get(FIGURE + "?from=2025-01-01&to=2025-12-31").with(caseworker.basic()))
                .andExpect(status().isForbidden());
        mvc.perform(get(FIGURE + "?from=2025-01-01&to=2025-12-31")).andExpect(status().isUnauthorized());
    }
}
