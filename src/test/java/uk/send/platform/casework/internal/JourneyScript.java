package uk.send.platform.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;

/** Drives a journey in tests: "request on 2025-07-14, then DECIDED_TO_ASSESS on 2025-08-20 ...". */
final class JourneyScript {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private final EhcJourney journey;
    private int seq;

    private JourneyScript(EhcJourney journey) {
        this.journey = journey;
    }

    static JourneyScript requestOn(String date) {
        return new JourneyScript(EhcJourney.open(LocalDate.parse(date), RuleBook.standard()));
    }

    /** Applies the event; fields are name, value pairs. */
    JourneyScript then(EventType type, String on, String... fields) {
        NewEvent event = NewEvent.of(type, LocalDate.parse(on));
        for (int i = 0; i < fields.length; i += 2) {
            event = event.with(fields[i], fields[i + 1]);
        }
        journey.apply(EventReader.read(event, seq + 1, Instant.EPOCH, "test"), TODAY);
        seq++;
        return this;
    }

    EhcJourney journey() {
        return journey;
    }

    Optional<CaseDeadline> deadline(String key) {
        return Timeliness.deadlines(journey, TODAY).stream().filter(d -> d.key().equals(key)).findFirst();
    }

    CaseDeadline due(String key) {
        return deadline(key).orElseThrow(() -> new AssertionError("no deadline " + key + " in "
                + Timeliness.deadlines(journey, TODAY).stream().map(CaseDeadline::key).toList()));
    }

    String onlyAdviceId() {
        return journey.advice.keySet().iterator().next();
    }

    Map<String, ?> advice() {
        return journey.advice;
    }
}
