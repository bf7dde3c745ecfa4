package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RecordedEvent;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.kernel.ConflictingChange;

/**
 * Appends to a case's history. Inside the caller's transaction it replays the history, lets the journey accept or
 * refuse the event, inserts it under the next sequence number, and rewrites the projection and the deadlines; the
 * unique (case_id, seq) and the version check mean two writers can never both append the same step.
 */
@Component
class CaseJournal {

    private final CaseRecords records;
    private final DeadlineRecords deadlines;
    private final JourneyEvents events;
    private final StatutoryClock clock;
    private final String la;

    CaseJournal(CaseRecords records, DeadlineRecords deadlines, JourneyEvents events, StatutoryClock clock,
            LocalArea localArea) {
        this.records = records;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
        this.la = localArea.code();
    }

    /** Stores a new case with no events yet: its clocks start on the request date. */
    void start(CaseHeader header, String settingUrn, String settingType, String openedBy) {
        records.insertCase(la, header, settingUrn, settingType, openedBy);
        EhcJourney journey = EhcJourney.open(header.requestReceivedOn(), clock.rules());
        save(header, journey, header.openedAt());
        events.opened(header, journey);
    }

    RecordedEvent append(CaseHeader header, NewEvent input, String by) {
        Instant now = clock.clock().instant();
        List<CaseEvent> history = records.events(la, header.id());
        EhcJourney journey = EhcJourney.replay(header.requestReceivedOn(), clock.rules(), history);
        CaseEvent event = EventReader.read(input, history.size() + 1, now, by);
        List<DeadlineState> before = journey.deadlineStates();
        journey.apply(event, clock.today());
        insert(header, event);
        save(header, journey, now);
        events.recorded(header, event, before, journey);
        return new RecordedEvent(header.id(), event.seq(), event.type(), event.on(), header.version() + 1,
                journey.stage, event.type() == EventType.ADVICE_REQUESTED ? event.ref() : null,
                event.type() == EventType.SETTING_CONSULTED ? event.ref() : null);
    }

    /** A whole history at once (the synthetic Local Area): each event is checked as if recorded on its own day. */
    void appendAll(CaseHeader header, List<NewEvent> inputs, String by) {
        EhcJourney journey = EhcJourney.open(header.requestReceivedOn(), clock.rules());
        LocalDate today = clock.today();
        List<CaseEvent> accepted = new ArrayList<>(inputs.size());
        for (NewEvent input : inputs) {
            Instant recordedAt = input.on().atTime(12, 0).atZone(clock.clock().getZone()).toInstant();
            CaseEvent event = EventReader.read(input, accepted.size() + 1, recordedAt, by);
            List<DeadlineState> before = journey.deadlineStates();
            journey.apply(event, today);
            accepted.add(event);
            events.recorded(header, event, before, journey);
        }
        records.insertEvents(la, header.id(), accepted);
        save(header, journey, clock.clock().instant());
    }

    private void insert(CaseHeader header, CaseEvent event) {
        try {
            records.insertEvent(la, header.id(), event);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictingChange(409, "Someone else recorded an event on this case at the same time; "
                    + "reload it and try again");
        }
    }

    private void save(CaseHeader header, EhcJourney journey, Instant now) {
        if (!records.project(la, header.id(), header.version(), Projection.of(journey), now)) {
            throw new ConflictingChange(409, "This case changed while your event was being recorded; reload it");
        }
        deadlines.replace(la, header.id(), journey);
    }
}
