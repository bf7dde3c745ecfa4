package uk.send.platform.casework;

import java.util.List;

/**
 * One journey's history as its listeners heard it: {@link CaseOpened}, then for each stored event the event's own
 * application event (such as {@link FinalPlanIssued}), if it has one, followed by {@link CaseEventRecorded}.
 * Reassignments are not in the history: CaseOpened names the team the case holds now.
 */
public record JourneyHistory(String caseId, List<Object> events) {

    public JourneyHistory {
        events = List.copyOf(events);
    }
}
