package uk.send.platform.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A journey with its past, for the synthetic Local Area: the request and every event since, in date order.
 * Imported through the same journey rules as live events, without a signed-in user.
 */
public record HistoricCase(String childId, LocalDate requestReceivedOn, RequestSource requestSource, String caseworker,
        String team, List<NewEvent> events) {

    public HistoricCase {
        events = List.copyOf(events);
    }
}
