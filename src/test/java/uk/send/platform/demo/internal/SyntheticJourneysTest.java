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

    @Test
    void health_advice_is_spread_across_the_health_partner_services() {
        var recipients = IntStream.range(0, 300).mapToObj(i -> journeys.maintainedPlan("h" + i, 12, owner))
                .flatMap(c -> c.events().stream())
                .filter(e -> e.type() == EventType.ADVICE_REQUESTED && "HEALTH".equals(e.field("service")))
                .collect(java.util.stream.Collectors.groupingBy(e -> e.field("recipient"),
                        java.util.stream.Collectors.counting()));
        assertThat(recipients.keySet()).containsExactlyInAnyOrderElementsOf(SyntheticJourneys.HEALTH_SERVICES.keySet());
        assertThat(recipients.get("community-paediatrics")).isGreaterThan(recipients.get("camhs"));
    }

    @Test
    void some_plans_move_away_and_some_proposed_amendments_are_not_made() {
        var events = IntStream.range(0, 600).mapToObj(i -> journeys.ceasedPlan("t" + i, 10, owner))
                .flatMap(c -> c.events().stream()).map(NewEvent::type).toList();
        assertThat(events).contains(EventType.MOVE_NOTIFIED, EventType.TRANSFERRED_OUT,
                EventType.DECIDED_NOT_TO_AMEND);
        assertThat(events.stream().filter(t -> t == EventType.TRANSFERRED_OUT).count())
                .isLessThan(events.stream().filter(t -> t == EventType.PLAN_CEASED).count());
    }

    private static LocalDate on(HistoricCase c, EventType type) {
        return c.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow().on();
    }
}
