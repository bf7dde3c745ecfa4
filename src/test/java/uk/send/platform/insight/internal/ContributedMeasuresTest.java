package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.FigureRecord;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.MeasureSource;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.Unit;
import uk.send.platform.kernel.Paged;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** A measure another module counts appears in the catalogue and is published, withheld and filtered as insight's own. */
@SendIntegrationTest
@Import(ContributedMeasuresTest.Contribution.class)
class ContributedMeasuresTest {

    private static final String FIGURE = "/api/v1/measures/test-health-checks";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired HealthChecks source;

    @BeforeEach
    void forget() {
        source.asked.clear();
    }

    @Test
    void the_catalogue_lists_a_contributed_measure_after_insights_own() throws Exception {
        mvc.perform(get("/api/v1/measures").with(TestUsers.admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].key").value("ehcp-issued-within-20-weeks"))
                .andExpect(jsonPath("$.items[*].key", hasItem("test-health-checks")));
    }

    @Test
    void its_figure_is_the_sources_count_published_with_a_value_in_its_unit() throws Exception {
        mvc.perform(get(FIGURE + "?from=2026-01-01&to=2026-03-31").with(TestUsers.admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.numerator").value(40)).andExpect(jsonPath("$.denominator").value(100))
                .andExpect(jsonPath("$.value").value(40.0)).andExpect(jsonPath("$.suppressed").value(false));
        assertThat(source.asked).containsExactly(new Asked(new Period(java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 3, 31)), Filter.none()));
    }

    @Test
    void a_filter_on_a_dimension_the_measure_is_not_counted_by_gives_no_figure_and_never_asks_the_source()
            throws Exception {
        mvc.perform(get(FIGURE + "?from=2026-01-01&to=2026-03-31&need=ASD").with(TestUsers.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.numerator").doesNotExist())
                .andExpect(jsonPath("$.value").doesNotExist());
        assertThat(source.asked).isEmpty();
    }

    @Test
    void a_board_member_sees_a_small_count_withheld_and_an_administrator_sees_it() throws Exception {
        var board = users.create("BOARD_MEMBER");
        mvc.perform(get(FIGURE + "?from=2026-01-01&to=2026-03-31&team=North").with(board.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.numerator").doesNotExist());
        mvc.perform(get(FIGURE + "?from=2026-01-01&to=2026-03-31&team=North").with(TestUsers.admin()))
                .andExpect(jsonPath("$.numerator").value(3));
    }

    @Test
    void a_trend_has_one_point_per_month_from_the_source() throws Exception {
        mvc.perform(get(FIGURE + "/trend?to=2026-03&months=3").with(TestUsers.admin())).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(3));
        assertThat(source.asked).hasSize(3);
    }

    @Test
    void the_records_behind_it_come_from_the_source_for_viewers_who_may_list_them() throws Exception {
        mvc.perform(get(FIGURE + "/records?from=2026-01-01&to=2026-03-31&part=numerator").with(TestUsers.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].what").value("Health check"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get(FIGURE + "/records?from=2026-01-01&to=2026-03-31&part=numerator")
                .with(users.create("BOARD_MEMBER").basic())).andExpect(status().isForbidden());
    }

    record Asked(Period period, Filter filter) {
    }

    @TestConfiguration
    static class Contribution {

        @Bean
        HealthChecks healthChecks() {
            return new HealthChecks();
        }
    }

    static class HealthChecks implements MeasureSource {

        final List<Asked> asked = new CopyOnWriteArrayList<>();

        @Override
        public MeasureDefinition definition() {
            return new MeasureDefinition("test-health-checks", "Annual health checks (test)", "A test measure",
                    "Checks done", "People due a check", "Test", 1, Unit.PERCENT, false, true, null,
                    List.of(Dimension.TEAM));
        }

        @Override
        public Count count(Period period, Filter filter) {
            asked.add(new Asked(period, filter));
            return "North".equals(filter.team()) ? Count.of(3, 10) : Count.of(40, 100);
        }

        @Override
        public Paged<FigureRecord> records(Part part, Period period, Filter filter, int page, int size) {
            return new Paged<>(List.of(new FigureRecord(null, null, null, "Health check", period.from(), null, null,
                    null, null, null, true, null, null, null, null, null)), page, size, 1);
        }
    }
}
