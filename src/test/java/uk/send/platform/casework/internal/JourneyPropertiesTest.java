package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineLedger;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.deadlines.TrackedDeadline;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.casework.AdviceRequest;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.SettingConsultation;
import uk.send.platform.kernel.InvalidInput;

/** Random journeys: whatever happens, deadlines never fall before their anchors and refusals change nothing. */
class JourneyPropertiesTest {

    private static final RuleBook RULES = RuleBook.standard();
    private static final LocalDate TODAY = LocalDate.of(2030, 12, 31);

    @Provide
    Arbitrary<LocalDate> requests() {
        return Arbitraries.longs().between(LocalDate.of(2015, 1, 1).toEpochDay(), LocalDate.of(2027, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Property(tries = 200)
    @Label("a forward deadline never falls before its anchor, whatever the journey")
    void a_forward_deadline_never_falls_before_its_anchor(@ForAll("requests") LocalDate request, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps) {
        EhcJourney journey = walk(request, seed, steps, (before, after) -> { });
        for (TrackedDeadline o : journey.obligations.history()) {
            if (o.deadline().rule().limit().isForward()) {
                assertThat(o.dueOn()).as(o.key()).isAfterOrEqualTo(o.deadline().anchor());
            }
        }
    }

    @Property(tries = 200)
    @Label("a refused event leaves the journey exactly as it was")
    void a_refused_event_leaves_the_journey_as_it_was(@ForAll("requests") LocalDate request, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps) {
        walk(request, seed, steps, (before, after) -> assertThat(after).isEqualTo(before));
    }

    @Property(tries = 200)
    @Label("replaying the stored events rebuilds the same journey")
    void replaying_rebuilds_the_same_journey(@ForAll("requests") LocalDate request, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps) {
        List<CaseEvent> accepted = new ArrayList<>();
        EhcJourney live = walk(request, seed, steps, accepted);
        EhcJourney replayed = EhcJourney.replay(request, RULES, accepted);
        assertThat(snapshot(replayed)).isEqualTo(snapshot(live));
    }

    @Property(tries = 300)
    @Label("every limit opened or met was opened or met by an event its entry in CaseLimit names, with its citation")
    void every_limit_moves_only_as_the_catalogue_says(@ForAll("requests") LocalDate request, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 40) int steps) {
        Accepted check = (event, before, after) -> {
            for (DeadlineChanged change : DeadlineLedger.changes("case", "c", "x", event.on(), before,
                    after.deadlineStates())) {
                CaseLimit limit = CaseLimit.of(change.key()).orElseThrow(
                        () -> new AssertionError("no CaseLimit for " + change.key()));
                assertThat(change.after().citation()).as(change.key()).contains(limit.citation());
                if (change.opened()) {
                    assertThat(limit.openedBy()).as(change.key() + " opened by " + event.type()).contains(event.type());
                }
                if (change.met() && !change.opened()) {
                    assertThat(limit.metBy()).as(change.key() + " met by " + event.type()).contains(event.type());
                }
                if (change.before() != null && change.before().exceptionApplies() != change.after().exceptionApplies()) {
                    assertThat(limit.excuse()).as(change.key() + " excused").isNotEqualTo(CaseLimit.Excuse.NONE);
                }
            }
        };
        walk(request, seed, steps, new ArrayList<>(), (before, after) -> { }, check);
    }

    private interface RefusalCheck {
        void compare(String before, String after);
    }

    private interface Accepted {
        void check(CaseEvent event, List<DeadlineState> before, EhcJourney after);
    }

    private static EhcJourney walk(LocalDate request, long seed, int steps, RefusalCheck check) {
        return walk(request, seed, steps, new ArrayList<>(), check);
    }

    private static EhcJourney walk(LocalDate request, long seed, int steps, List<CaseEvent> accepted) {
        return walk(request, seed, steps, accepted, (before, after) -> { });
    }

    private static EhcJourney walk(LocalDate request, long seed, int steps, List<CaseEvent> accepted,
            RefusalCheck check) {
        return walk(request, seed, steps, accepted, check, (event, before, after) -> { });
    }

    private static EhcJourney walk(LocalDate request, long seed, int steps, List<CaseEvent> accepted,
            RefusalCheck check, Accepted observer) {
        Random random = new Random(seed);
        EhcJourney journey = EhcJourney.open(request, RULES);
        LocalDate on = request;
        for (int i = 0; i < steps; i++) {
            EventType[] types = EventType.values();
            // Mostly allowed events, sometimes any event, so refusals are exercised too.
            List<EventType> allowed = journey.allowedNext();
            EventType type = allowed.isEmpty() || random.nextInt(5) == 0 ? types[random.nextInt(types.length)]
                    : allowed.get(random.nextInt(allowed.size()));
            on = on.plusDays(random.nextInt(60) - 3);
            String before = snapshot(journey);
            try {
                CaseEvent event = EventReader.read(fill(NewEvent.of(type, on), journey, random),
                        accepted.size() + 1, Instant.EPOCH, "property");
                List<DeadlineState> states = journey.deadlineStates();
                journey.apply(event, TODAY);
                accepted.add(event);
                observer.check(event, states, journey);
            } catch (RefusedEvent | InvalidInput refused) {
                check.compare(before, snapshot(journey));
                on = journey.lastOn == null ? request : journey.lastOn;
            }
        }
        return journey;
    }

    private static NewEvent fill(NewEvent event, EhcJourney journey, Random random) {
        for (FieldSpec spec : EventShapes.of(event.type())) {
            String value = switch (spec.kind()) {
                case VOCABULARY -> {
                    Enum<?>[] codes = spec.vocabulary().getEnumConstants();
                    yield codes[random.nextInt(codes.length)].name();
                }
                case DATE -> event.on().plusDays(random.nextInt(300)).toString();
                case LA_CODE -> "202";
                case GENERATED -> null;
                case TEXT -> reference(spec.name(), journey, random);
            };
            if (value != null && (spec.required() || random.nextBoolean())) {
                event = event.with(spec.name(), value);
            }
        }
        return event;
    }

    private static String reference(String field, EhcJourney journey, Random random) {
        List<String> ids = switch (field) {
            case "adviceId" -> journey.advice.values().stream().filter(AdviceRequest::outstanding)
                    .map(AdviceRequest::adviceId).toList();
            case "consultationId" -> journey.consultations.values().stream().filter(SettingConsultation::outstanding)
                    .map(SettingConsultation::consultationId).toList();
            default -> List.of("Somewhere School");
        };
        return ids.isEmpty() ? "unknown" : ids.get(random.nextInt(ids.size()));
    }

    /** Everything a caseworker sees of the journey, as text for comparison. */
    static String snapshot(EhcJourney j) {
        List<CaseDeadline> deadlines = Timeliness.deadlines(j, TODAY);
        return j.stage + "|" + j.eventCount + "|" + j.lastOn + "|" + deadlines + "|" + j.advice + "|"
                + j.consultations + "|" + j.exceptions + "|" + j.warnings + "|" + Timeliness.within20Weeks(j) + "|"
                + j.obligations.history().size() + "|" + j.allowedNext();
    }
}
