package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import java.time.LocalDate;
import uk.send.platform.casework.Stage;

/** What the cases table keeps of a journey so lists sort and filter without replaying its history. */
record Projection(Stage stage, LocalDate nextDueOn, String nextDueKey, LocalDate finalPlanOn, Boolean within20Weeks,
        boolean exceptionApplies, LocalDate lastEventOn, int eventCount) {

    static Projection of(EhcJourney journey) {
        var next = journey.obligations.nextDuty();
        return new Projection(journey.stage, next.map(TrackedDeadline::dueOn).orElse(null),
                next.map(TrackedDeadline::key).orElse(null), journey.finalPlanOn, Timeliness.within20Weeks(journey),
                Timeliness.exceptionApplies(journey), journey.lastOn, journey.eventCount);
    }
}
