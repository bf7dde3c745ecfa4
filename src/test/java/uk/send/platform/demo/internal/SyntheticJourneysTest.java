package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.casework.NewEvent;

class SyntheticJourneysTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final SyntheticJourneys journeys = new SyntheticJourneys(new Random(5), TODAY);
    private final DemoUsers.DemoCaseworker owner = new DemoUsers.DemoCaseworker("caseworker", "Team");

    @Test
    void about_a_third_of_new_plans_are_issued_within_20_weeks() {
        var plans = IntStream.range(0, 4000).mapToObj(i -> journeys.maintainedPlan("c" + i, 12, owner)).toList();
        double within = plans.stream().filter(p -> ChronoUnit.DAYS.between(p.requestReceivedOn(),
                on(p, EventType.FINAL_PLAN_ISSUED)) <= 140).count() / 4000.0;
        assertThat(within).isBetween(0.30, 0.37);
    }

    @Test
    void every_journey_is_in_date_order_and_in_the_past() {
        IntStream.range(0, 2000).forEach(i -> {
            for (HistoricCase c : new HistoricCase[] {journeys.maintainedPlan("m" + i, 3 + i % 20, owner),
                    journeys.inProgress("p" + i, owner), journeys.ceasedPlan("x" + i, 6 + i % 18, owner)}) {
                LocalDate previous = c.requestReceivedOn();
                for (NewEvent e : c.events()) {
                    assertThat(e.on()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(TODAY);
                    previous = e.on();
                }
            }
        });
    }

    private static LocalDate on(HistoricCase c, EventType type) {
        return c.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow().on();
    }
}
