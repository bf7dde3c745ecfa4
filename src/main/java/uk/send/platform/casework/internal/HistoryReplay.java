package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.casework.CaseHistories;
import uk.send.platform.casework.JourneyHistory;
import uk.send.platform.kernel.InvalidInput;

/**
 * Replays stored histories a page of cases at a time, through the same journey rules and the same event mapping as
 * live recording ({@link JourneyEvents}), so a listener rebuilt from them sees what it saw live. Only one page of
 * cases and their events is in memory at once.
 */
@Service
class HistoryReplay implements CaseHistories {

    private final CaseRecords records;
    private final StatutoryClock clock;
    private final String la;

    HistoryReplay(CaseRecords records, StatutoryClock clock, LocalArea localArea) {
        this.records = records;
        this.clock = clock;
        this.la = localArea.code();
    }

    @Override
    @Transactional(readOnly = true)
    public List<JourneyHistory> after(String afterCaseId, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw InvalidInput.of("size", "A page holds 1 to " + MAX_PAGE + " journeys");
        }
        List<JourneyHistory> page = new ArrayList<>();
        for (CaseHeader header : records.headersAfter(la, afterCaseId, size)) {
            page.add(history(header, records.events(la, header.id())));
        }
        return page;
    }

    private JourneyHistory history(CaseHeader header, List<CaseEvent> events) {
        EhcJourney journey = EhcJourney.open(header.requestReceivedOn(), clock.rules());
        List<Object> published = new ArrayList<>(JourneyEvents.openingEvents(header, journey));
        for (CaseEvent event : events) {
            var before = journey.deadlineStates();
            journey.apply(event, null);
            published.addAll(JourneyEvents.published(header, event, before, journey));
        }
        return new JourneyHistory(header.id(), published);
    }
}
