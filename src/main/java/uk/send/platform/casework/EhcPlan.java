package uk.send.platform.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan's content: the working copy (version 0, status WORKING, revision for optimistic locking) or a version
 * frozen when a draft, final or amended plan was issued. Flags are what to put right before issue. placement is
 * section I's named setting, null until one is given.
 */
public record EhcPlan(String caseId, int version, String status, LocalDate issuedOn, int revision,
        List<PlanItem> items, List<PlanFlag> flags, Placement placement) {

    public List<PlanItem> section(PlanSection section) {
        return items.stream().filter(i -> i.section() == section).toList();
    }
}
