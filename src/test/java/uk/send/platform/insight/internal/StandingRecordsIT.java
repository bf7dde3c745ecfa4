package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Part;
import uk.send.platform.insight.Period;
import uk.send.platform.support.SendIntegrationTest;

/**
 * What stands on a day: advice is not overdue before it falls due, however far a period runs into the future;
 * advice awaited on a withdrawn journey was overdue until the day it ended and not after; a plan's new primary need
 * carries its standing records from the amendment, leaving its past where it was.
 */
@SendIntegrationTest
@WithUserDetails("admin")
class StandingRecordsIT {

    @Autowired JourneyFacts facts;
    @Autowired Measures measures;

    @Test
    void a_period_running_into_the_future_counts_what_is_overdue_today_and_no_more() {
        Fixture f = new Fixture(facts, "Today " + System.nanoTime());
        LocalDate today = LocalDate.now();
        String caseId = f.request(today.minusWeeks(8).toString(), "2016-03-01", "ASD", "MAINSTREAM_ACADEMY");
        f.advice(caseId, "HEALTH", today.minusWeeks(7).toString()); // due a week ago: overdue today
        f.advice(caseId, "EDUCATION", today.minusWeeks(2).toString()); // due in 4 weeks: not overdue yet
        Filter team = new Filter(f.team(), null, null, null);
        Period intoTheFuture = Period.of(YearMonth.from(today).minusMonths(3), YearMonth.from(today).plusMonths(6));

        assertThat(measures.figure("advice-within-6-weeks", intoTheFuture, team).denominator()).isEqualTo(1);
        assertThat(measures.records("advice-within-6-weeks", Part.DENOMINATOR, intoTheFuture, team, 0, 10).total())
                .isEqualTo(1);
        assertThat(measures.trend("advice-within-6-weeks", YearMonth.from(today).plusMonths(2), 3, team))
                .allSatisfy(point -> assertThat(point.figure().denominator()).isEqualTo(1));
    }

    @Test
    void advice_on_a_withdrawn_journey_is_overdue_until_the_day_it_ended() {
        Fixture f = new Fixture(facts, "Withdrawn " + System.nanoTime());
        String caseId = f.request("2025-01-06", "2016-03-01", "ASD", "MAINSTREAM_ACADEMY");
        f.advice(caseId, "HEALTH", "2025-02-03"); // due 17 March
        f.advice(caseId, "EDUCATION", "2025-04-07"); // due 19 May, after the journey ended
        facts.adviceWithdrawn(caseId, Fixture.day("2025-04-14"));
        facts.movedTo(caseId, Fixture.day("2025-04-14"), JourneyPhase.CLOSED);
        Filter team = new Filter(f.team(), null, null, null);

        assertThat(measures.figure("advice-within-6-weeks", Period.parse("2025-03-01", "2025-03-31"), team)
                .denominator()).isEqualTo(1);
        assertThat(measures.figure("advice-within-6-weeks", Period.parse("2025-04-01", "2025-04-13"), team)
                .denominator()).isEqualTo(1);
        assertThat(measures.figure("advice-within-6-weeks", Period.parse("2025-04-01", "2025-04-14"), team)
                .denominator()).isZero();
        assertThat(measures.figure("advice-within-6-weeks", Period.parse("2025-05-01", "2025-12-31"), team)
                .denominator()).isZero();
    }

    @Test
    void a_changed_primary_need_moves_the_plan_from_that_day_and_the_same_need_again_changes_nothing() {
        Fixture f = new Fixture(facts, "Need " + System.nanoTime());
        String caseId = f.request("2025-01-06", "2016-03-01", PrimaryNeed.NOT_RECORDED.name(), "MAINSTREAM_ACADEMY");
        facts.needRecorded(caseId, "ASD", Fixture.day("2025-05-26"));
        f.issue(caseId, "2025-05-26", false);
        facts.needRecorded(caseId, "SEMH", Fixture.day("2025-09-01"));
        facts.needRecorded(caseId, "SEMH", Fixture.day("2025-10-01"));

        assertThat(plans(f, "ASD", "2025-08-31")).isEqualTo(1);
        assertThat(plans(f, "SEMH", "2025-08-31")).isZero();
        assertThat(plans(f, "ASD", "2025-12-31")).isZero();
        assertThat(plans(f, "SEMH", "2025-12-31")).isEqualTo(1);
        assertThat(measures.figure("ehcp-issued-within-20-weeks", Period.parse("2025-01-01", "2025-12-31"),
                new Filter(f.team(), "ASD", null, null)).denominator()).isEqualTo(1);
    }

    private long plans(Fixture f, String need, String day) {
        return measures.figure("active-plans", Period.parse("2025-01-01", day), new Filter(f.team(), need, null, null))
                .numerator();
    }
}
