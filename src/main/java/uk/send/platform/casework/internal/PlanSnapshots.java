package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.CaseEventRecorded;
import uk.send.platform.casework.EventType;

/**
 * A projection, not a reaction ({@code @EventListener}, in the case event's transaction): the issued version must be
 * exactly the plan the event issued, so it is frozen with the event or not at all.
 * <p>
 * Freezes the working copy as a numbered version when a draft, final or amended plan is issued on the case, in
 * the same transaction as the event, so the version is exactly what was sent (an audit trail of every change).
 */
@Component
class PlanSnapshots {

    private static final Map<EventType, String> ISSUES = Map.of(EventType.DRAFT_PLAN_ISSUED, "DRAFT",
            EventType.FINAL_PLAN_ISSUED, "FINAL", EventType.AMENDED_PLAN_ISSUED, "AMENDED");

    private final PlanRecords plans;
    private final StatutoryClock clock;
    private final String la;

    PlanSnapshots(PlanRecords plans, StatutoryClock clock, LocalArea localArea) {
        this.plans = plans;
        this.clock = clock;
        this.la = localArea.code();
    }

    @EventListener
    void on(CaseEventRecorded event) {
        String status = ISSUES.get(event.type());
        if (status == null) {
            return;
        }
        plans.find(la, event.caseId(), PlanRecords.WORKING).ifPresent(working -> {
            int next = plans.nextVersion(la, event.caseId());
            long id = plans.create(la, event.caseId(), next, status, event.on(), clock.clock().instant(),
                    event.recordedBy());
            plans.replaceItems(la, id, plans.items(working.id()));
            plans.place(id, working.placement());
        });
    }
}
