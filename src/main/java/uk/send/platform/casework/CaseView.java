package uk.send.platform.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.send.platform.children.ChildSummary;

/**
 * A case as its page and GET /api/v1/cases/{id} show it: the child, the stage, every current statutory deadline
 * (the contract's keys, plus those of the extra events), local targets apart from them, the 20-week result,
 * exceptions, the plan's SEN2 needs (primary and secondary, null until a plan names them), the timeline, and the
 * events the journey allows next.
 */
public record CaseView(String id, String childId, ChildSummary child, LocalDate requestReceivedOn,
        RequestSource requestSource, Stage stage, String stageLabel, String caseworker, String team, int version,
        List<CaseDeadline> deadlines, List<CaseDeadline> targets, Boolean within20Weeks, boolean exceptionApplies, LocalDate finalPlanOn,
        SenNeed primaryNeed, SenNeed secondaryNeed,
        List<AdviceRequest> adviceRequests, List<SettingConsultation> consultations,
        List<ExceptionEpisode> exceptions, List<String> warnings, List<EventType> allowedEvents,
        List<TimelineEntry> events, Instant openedAt) {

    public boolean allows(EventType type) {
        return allowedEvents.contains(type);
    }
}
