package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.send.platform.insight.BreakdownRow;
import uk.send.platform.insight.Dimension;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.support.SendIntegrationTest;

/**
 * Eight journeys with known dates, and every figure for 2025 worked out by hand (docs/decisions/0050). Each
 * comment gives the request date, the due date from the rule book and the day the duty was met.
 */
@SendIntegrationTest
@WithUserDetails("admin")
class MeasureFixtureIT {

    private static final Period YEAR = Period.parse("2025-01-01", "2025-12-31");
    private static String team;

    @Autowired JourneyFacts facts;
    @Autowired Measures measures;
    @Autowired MeasureCatalogue ownCatalogue;

    @BeforeEach
    void journeysWithKnownDates() {
        if (team != null) {
            return;
        }
        Fixture f = new Fixture(facts, "Fixture " + System.nanoTime());
        // A: request Mon 6 Jan 2025; decision due 17 Feb (day 42), made on day 42; plan due 26 May (day 140), issued then.
        String a = f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY");
        f.decide(a, "2025-02-17", true);
        f.issue(a, "2025-05-26", false);
        // B: the same request date; decision on day 43 (late); plan on day 141 (late).
        String b = f.request("2025-01-06", "2012-05-20", "SEMH", "MAINSTREAM_ACADEMY");
        f.decide(b, "2025-02-18", true);
        f.issue(b, "2025-05-27", false);
        // C: request 3 Feb; decision on day 35; plan due 23 Jun, issued 1 Sep (210 days) with an exception.
        String c = f.request("2025-02-03", "2010-09-09", "SEMH", "SPECIAL_LA_MAINTAINED");
        f.decide(c, "2025-03-10", true);
        String onTime = f.advice(c, "EDUCATIONAL_PSYCHOLOGY", "2025-02-10");
        String late = f.advice(c, "EDUCATIONAL_PSYCHOLOGY", "2025-02-10");
        f.adviceBack(c, onTime, "2025-03-24"); // due 24 Mar: day 42
        f.adviceBack(c, late, "2025-03-25"); // day 43
        f.issue(c, "2025-09-01", true);
        // D: request 3 Mar; decided not to assess on day 43 (15 Apr).
        String d = f.request("2025-03-03", "2019-01-10", "SLCN", "EARLY_YEARS");
        f.decide(d, "2025-04-15", false);
        String awaited = f.advice(a, "HEALTH", "2025-11-03"); // due 15 Dec, still awaited at the year's end
        f.advice(b, "HEALTH", "2025-12-01"); // due 12 Jan 2026: not yet overdue
        // E: plan issued 14 Oct 2024; review meeting 10 Mar 2025, decided on day 28 (7 Apr): in time.
        String e = f.request("2024-06-03", "2015-02-02", "ASD", "MAINSTREAM_LA_MAINTAINED");
        f.decide(e, "2024-07-01", true);
        f.issue(e, "2024-10-14", false);
        f.phaseTransfer(e, "2025-09-01"); // reg 18 deadline 14 Feb 2025; reviewed 7 Apr: late
        f.review(e, "2025-03-10", "2025-04-07", "MAINTAIN");
        f.phaseTransferReviewed(e, "2025-04-07");
        // F: plan issued 4 Nov 2024; review meeting 12 May 2025, decided on day 29 (10 Jun): late; ceased 3 Nov 2025.
        String g = f.request("2024-06-24", "2006-04-04", "MLD", "FURTHER_EDUCATION");
        f.decide(g, "2024-07-29", true);
        f.issue(g, "2024-11-04", false);
        f.review(g, "2025-05-12", "2025-06-10", "AMEND");
        f.cease(g, "2025-11-03", "MOVED_OUTSIDE_ENGLAND");
        // G: request 8 Jan 2024, assessment still open: beyond 20 weeks since 28 May 2024.
        String open = f.request("2024-01-08", "2013-11-30", "SEMH", "ALTERNATIVE_PROVISION");
        f.decide(open, "2024-02-12", true);
        // H: plan since 4 Sep 2023, review due 3 Sep 2024, never held: overdue. Turns 11 on 15 Jul 2025.
        String h = f.request("2023-04-03", "2014-07-15", "ASD", "MAINSTREAM_ACADEMY");
        f.decide(h, "2023-05-08", true);
        f.issue(h, "2023-09-04", false);
        f.phaseTransfer(h, "2025-09-01");
        f.phaseTransferReviewed(h, "2025-02-14"); // on the deadline: in time
        assertThat(awaited).isNotBlank();
        team = f.team();
    }

    private Figure figure(String key) {
        return measures.figure(key, YEAR, teamOnly());
    }

    private static Filter teamOnly() {
        return new Filter(team, null, null, null);
    }

    @Test
    void plans_issued_within_20_weeks_count_day_140_in_and_day_141_out_with_exceptions_in_the_denominator() {
        assertFigure(figure("ehcp-issued-within-20-weeks"), 1, 3, "33.3");
    }

    @Test
    void excluding_exceptions_leaves_out_the_plan_delayed_under_an_exception() {
        assertFigure(figure("ehcp-issued-within-20-weeks-excluding-exceptions"), 1, 2, "50.0");
    }

    @Test
    void decisions_whether_to_assess_count_day_42_in_and_day_43_out_whichever_way_they_went() {
        assertFigure(figure("decisions-to-assess-within-6-weeks"), 2, 4, "50.0");
        assertFigure(figure("decisions-to-assess-agreed"), 3, 4, "75.0");
    }

    @Test
    void advice_counts_what_came_back_in_the_year_and_what_is_overdue_at_its_end() {
        assertFigure(figure("advice-within-6-weeks"), 1, 3, "33.3");
        Map<String, Figure> byService = byValue(measures.breakdown("advice-within-6-weeks", Dimension.CATEGORY, YEAR,
                teamOnly()));
        assertFigure(byService.get("EDUCATIONAL_PSYCHOLOGY"), 1, 2, "50.0");
        assertFigure(byService.get("HEALTH"), 0, 1, "0.0");
    }

    @Test
    void review_decisions_count_day_28_in_and_day_29_out() {
        assertFigure(figure("annual-review-decisions-within-4-weeks"), 1, 2, "50.0");
    }

    @Test
    void requests_plans_ceased_and_average_weeks_to_issue_add_up_as_counted_by_hand() {
        assertThat(figure("requests-received").numerator()).isEqualTo(4);
        assertThat(figure("requests-received").denominator()).isNull();
        assertThat(figure("plans-ceased").numerator()).isEqualTo(1);
        // 140 + 141 + 210 days over 3 plans = 23.38 weeks
        assertFigure(figure("average-weeks-to-issue"), 491, 3, "23.4");
        assertFigure(figure("phase-transfers-reviewed-in-time"), 1, 2, "50.0");
    }

    @Test
    void stocks_are_counted_on_the_last_day_of_the_period() {
        assertThat(figure("active-plans").numerator()).isEqualTo(5);
        assertThat(figure("assessments-beyond-20-weeks").numerator()).isEqualTo(1);
        assertThat(figure("annual-reviews-overdue").numerator()).isEqualTo(1);
        // C was past its 20 weeks from 24 Jun until its plan on 1 Sep
        assertThat(stockOn("assessments-beyond-20-weeks", "2025-06-23")).isEqualTo(1);
        assertThat(stockOn("assessments-beyond-20-weeks", "2025-06-24")).isEqualTo(2);
        assertThat(stockOn("assessments-beyond-20-weeks", "2025-06-30")).isEqualTo(2);
        assertThat(stockOn("assessments-beyond-20-weeks", "2025-09-01")).isEqualTo(1);
        // F ceased on 3 Nov: in force on 2 Nov, not on 3 Nov
        assertThat(stockOn("active-plans", "2025-11-02")).isEqualTo(6);
        assertThat(stockOn("active-plans", "2025-11-03")).isEqualTo(5);
    }

    @Test
    void periods_that_start_or_end_inside_a_month_count_exactly_the_days_they_cover() {
        Figure firstDecision = measures.figure("decisions-to-assess-within-6-weeks",
                Period.parse("2025-01-15", "2025-02-17"), teamOnly());
        assertFigure(firstDecision, 1, 1, "100.0");
        Figure later = measures.figure("decisions-to-assess-within-6-weeks", Period.parse("2025-02-18", "2025-04-15"),
                teamOnly());
        assertFigure(later, 1, 3, "33.3");
    }

    @Test
    void active_plans_are_split_by_the_age_band_of_each_child_on_the_day() {
        Map<String, Figure> june = byValue(measures.breakdown("active-plans", Dimension.AGE_BAND,
                Period.parse("2025-06-01", "2025-06-30"), teamOnly()));
        Map<String, Figure> december = byValue(measures.breakdown("active-plans", Dimension.AGE_BAND, YEAR, teamOnly()));
        // H turns 11 on 15 Jul 2025; A (born 2016) and E (born 2015) stay 5 to 10
        assertThat(june.get("AGE_5_TO_10").numerator()).isEqualTo(3);
        assertThat(december.get("AGE_5_TO_10").numerator()).isEqualTo(2);
        assertThat(december.get("AGE_11_TO_15").numerator()).isEqualTo(3);
        Map<String, Figure> byNeed = byValue(measures.breakdown("active-plans", Dimension.NEED, YEAR, teamOnly()));
        assertThat(byNeed.get("ASD").numerator()).isEqualTo(3);
        assertThat(byNeed.get("SEMH").numerator()).isEqualTo(2);
        assertThat(measures.figure("active-plans", YEAR, new Filter(team, "ASD", "AGE_11_TO_15", null)).numerator())
                .isEqualTo(1);
    }

    @Test
    void the_monthly_trend_agrees_with_each_month_asked_for_alone() {
        var trend = measures.trend("active-plans", YearMonth.of(2025, 12), 12, teamOnly());
        assertThat(trend).hasSize(12);
        trend.forEach(point -> assertThat(point.figure().numerator()).isEqualTo(
                measures.figure("active-plans", Period.of(point.month(), point.month()), teamOnly()).numerator()));
        var decisions = measures.trend("decisions-to-assess-within-6-weeks", YearMonth.of(2025, 12), 12, teamOnly());
        assertThat(decisions.get(1).figure().denominator()).isEqualTo(2); // February: A and B
        assertThat(decisions.stream().mapToLong(p -> p.figure().denominator()).sum()).isEqualTo(4);
    }

    @Test
    void figures_for_several_periods_read_at_once_equal_each_period_read_alone() {
        List<Period> periods = List.of(YEAR, YEAR.previous(), Period.parse("2025-06-01", "2025-08-31"));
        for (MeasureDefinition definition : measures.catalogue()) {
            List<Figure> together = measures.figures(definition.key(), periods, teamOnly());
            for (int i = 0; i < periods.size(); i++) {
                Figure alone = measures.figure(definition.key(), periods.get(i), teamOnly());
                assertThat(together.get(i).numerator()).as(definition.key() + " " + periods.get(i))
                        .isEqualTo(alone.numerator());
                assertThat(together.get(i).denominator()).as(definition.key() + " " + periods.get(i))
                        .isEqualTo(alone.denominator());
            }
        }
    }

    @Test
    void every_drill_down_lists_exactly_the_records_counted_in_its_figure() {
        for (MeasureDefinition definition : measures.catalogue()) {
            if (ownCatalogue.find(definition.key()).isEmpty()) {
                continue; // counted by another module (MeasureSource): its own tests pin its records
            }
            Figure figure = figure(definition.key());
            long numeratorRecords = measures.records(definition.key(), Part.NUMERATOR, YEAR, teamOnly(), 0, 50).total();
            long expected = definition.unit() == uk.send.platform.insight.Unit.WEEKS ? figure.denominator()
                    : figure.numerator();
            assertThat(numeratorRecords).as(definition.key() + " numerator").isEqualTo(expected);
            if (definition.hasDenominator()) {
                assertThat(measures.records(definition.key(), Part.DENOMINATOR, YEAR, teamOnly(), 0, 50).total())
                        .as(definition.key() + " denominator").isEqualTo(figure.denominator());
            }
        }
        var late = measures.records("decisions-to-assess-within-6-weeks", Part.DENOMINATOR, YEAR, teamOnly(), 0, 50);
        assertThat(late.items()).filteredOn(r -> !r.inNumerator()).extracting(r -> r.on().toString())
                .containsExactlyInAnyOrder("2025-02-18", "2025-04-15");
        assertThat(late.items()).allSatisfy(r -> assertThat(r.dueOn()).isEqualTo(r.anchorOn().plusDays(42)));
    }

    @Test
    void moving_a_case_to_another_team_moves_its_standing_records_but_not_its_past() {
        Fixture f = new Fixture(facts, "Moving " + System.nanoTime());
        String caseId = f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY");
        f.issue(caseId, "2025-05-26", false);
        facts.reassigned(caseId, f.team() + " North", Fixture.day("2025-07-01"));
        Filter from = new Filter(f.team(), null, null, null);
        Filter to = new Filter(f.team() + " North", null, null, null);
        assertThat(measures.figure("active-plans", Period.parse("2025-06-01", "2025-06-30"), from).numerator()).isEqualTo(1);
        assertThat(measures.figure("active-plans", YEAR, from).numerator()).isZero();
        assertThat(measures.figure("active-plans", YEAR, to).numerator()).isEqualTo(1);
        assertThat(measures.figure("requests-received", YEAR, from).numerator()).isEqualTo(1);
        assertThat(measures.figure("requests-received", YEAR, to).numerator()).isZero();
    }

    @Test
    void the_same_fact_delivered_twice_is_counted_once() {
        Fixture f = new Fixture(facts, "Twice " + System.nanoTime());
        String caseId = f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY");
        f.decide(caseId, "2025-02-17", true);
        f.decide(caseId, "2025-02-17", true);
        Filter only = new Filter(f.team(), null, null, null);
        assertThat(measures.figure("decisions-to-assess-within-6-weeks", YEAR, only).denominator()).isEqualTo(1);
    }

    private long stockOn(String key, String day) {
        return measures.figure(key, Period.parse("2025-01-01", day), teamOnly()).numerator();
    }

    private static Map<String, Figure> byValue(List<BreakdownRow> rows) {
        return rows.stream().collect(Collectors.toMap(BreakdownRow::value, BreakdownRow::figure));
    }

    private static void assertFigure(Figure figure, long numerator, long denominator, String value) {
        assertThat(figure.numerator()).as("numerator").isEqualTo(numerator);
        assertThat(figure.denominator()).as("denominator").isEqualTo(denominator);
        assertThat(figure.value()).as("value").isEqualByComparingTo(new BigDecimal(value));
        assertThat(figure.suppressed()).isFalse();
    }
}
