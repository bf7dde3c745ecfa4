package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.HistoricCase;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.PhaseTransferKind;
import uk.send.platform.casework.SenNeed;

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

    @Test
    void two_in_five_plans_name_a_secondary_need_and_it_is_never_the_primary_need() {
        var finalPlans = IntStream.range(0, 3000).mapToObj(i -> journeys.maintainedPlan("n" + i, 3 + i % 20, owner))
                .flatMap(c -> c.events().stream()).filter(e -> e.type() == EventType.FINAL_PLAN_ISSUED).toList();
        var withSecondary = finalPlans.stream().filter(e -> e.field("secondaryNeed") != null).toList();
        assertThat(finalPlans).allSatisfy(e -> assertThat(SenNeed.valueOf(e.field("primaryNeed"))).isNotNull());
        assertThat(withSecondary.size() / (double) finalPlans.size()).isBetween(0.36, 0.44);
        assertThat(withSecondary).allSatisfy(e -> assertThat(SenNeed.valueOf(e.field("secondaryNeed")))
                .isNotEqualTo(SenNeed.valueOf(e.field("primaryNeed"))));
    }

    @Test
    void a_few_amended_plans_change_the_primary_need_and_restate_a_different_secondary_need() {
        int changed = 0;
        for (int i = 0; i < 1500; i++) {
            String primary = null;
            for (NewEvent e : journeys.maintainedPlan("a" + i, 14, owner).events()) {
                if (e.field("primaryNeed") == null) {
                    continue;
                }
                if (e.type() == EventType.AMENDED_PLAN_ISSUED) {
                    assertThat(e.field("primaryNeed")).isNotEqualTo(primary);
                    assertThat(e.field("secondaryNeed")).isNotNull().isNotEqualTo(e.field("primaryNeed"));
                    changed++;
                }
                primary = e.field("primaryNeed");
            }
        }
        assertThat(changed).isBetween(20, 300);
    }

    @Test
    void transfers_to_secondary_school_and_to_college_are_scheduled_within_the_year_before_the_move() {
        var scheduled = IntStream.range(0, 1500).mapToObj(i -> journeys.maintainedPlan("s" + i, 8 + i % 12, owner))
                .flatMap(c -> c.events().stream()).filter(e -> e.type() == EventType.PHASE_TRANSFER_SCHEDULED).toList();
        assertThat(scheduled).extracting(e -> e.field("kind")).contains(PhaseTransferKind.OTHER_PHASE.name(),
                PhaseTransferKind.SECONDARY_TO_POST16.name());
        assertThat(scheduled).allSatisfy(e -> {
            LocalDate transferOn = LocalDate.parse(e.field("transferOn"));
            assertThat(transferOn.getMonthValue() * 100 + transferOn.getDayOfMonth()).isEqualTo(901);
            assertThat(e.on()).isBefore(transferOn).isAfterOrEqualTo(transferOn.minusYears(1));
        });
    }

    @Test
    void most_phase_transfer_reviews_finish_before_the_reg_18_deadline_some_after_and_some_are_still_ahead() {
        var reviews = IntStream.range(0, 2000).mapToObj(i -> journeys.maintainedPlan("r" + i, 8 + i % 12, owner))
                .flatMap(c -> transferReviews(c).stream()).toList();
        var finished = reviews.stream().filter(r -> r.finishedOn() != null).toList();
        long inTime = finished.stream().filter(r -> !r.finishedOn().isAfter(r.transfer().deadline())).count();
        assertThat(inTime / (double) finished.size()).isBetween(0.65, 0.9);
        assertThat(finished).anySatisfy(r -> assertThat(r.transfer().deadline())
                .isBetween(TODAY.minusMonths(12), TODAY).isBefore(r.finishedOn()));
        assertThat(reviews).filteredOn(r -> r.transfer().deadline().isAfter(TODAY.minusMonths(24))
                && r.transfer().deadline().isBefore(TODAY)).extracting(r -> r.transfer().kind())
                .contains(PhaseTransferKind.OTHER_PHASE, PhaseTransferKind.SECONDARY_TO_POST16);
        assertThat(reviews).anySatisfy(r -> assertThat(r.transfer().deadline()).isAfter(TODAY));
    }

    /** A scheduled transfer and the day its review finished (amended plan, or decision to maintain), if it has. */
    private record TransferReview(PhaseTransfers.PhaseTransfer transfer, LocalDate finishedOn) {
    }

    private static List<TransferReview> transferReviews(HistoricCase c) {
        var reviews = new ArrayList<TransferReview>();
        var events = c.events();
        for (int i = 0; i < events.size(); i++) {
            NewEvent e = events.get(i);
            if (e.type() == EventType.PHASE_TRANSFER_SCHEDULED) {
                var transfer = new PhaseTransfers.PhaseTransfer(PhaseTransferKind.valueOf(e.field("kind")),
                        LocalDate.parse(e.field("transferOn")));
                reviews.add(new TransferReview(transfer, events.subList(i + 1, events.size()).stream()
                        .filter(SyntheticJourneysTest::finishesAReview).map(NewEvent::on).findFirst().orElse(null)));
            }
        }
        return reviews;
    }

    private static boolean finishesAReview(NewEvent e) {
        return e.type() == EventType.AMENDED_PLAN_ISSUED
                || e.type() == EventType.REVIEW_DECISION_MADE && "MAINTAIN".equals(e.field("outcome"));
    }

    private static LocalDate on(HistoricCase c, EventType type) {
        return c.events().stream().filter(e -> e.type() == type).findFirst().orElseThrow().on();
    }
}
