package uk.send.platform.casework;

import java.util.List;

/**
 * The EHC plan of a case, section by section (ehc-plan.md). The working copy is edited; issuing a draft, final or
 * amended plan on the case freezes it as a numbered version.
 */
public interface Plans {

    /** The working copy with its flags (an empty plan if none was written yet); the read is logged. */
    EhcPlan working(String caseId);

    /**
     * Replaces the working copy. Items without a key get the next key in their section. revision (optional) is
     * the working copy's revision as read: a stale one is refused with 409.
     */
    EhcPlan save(String caseId, List<PlanItem> items, Integer revision);

    /**
     * Names the setting in section I of the working copy (by URN, by type, or both). revision (optional) as for
     * {@link #save}; the working copy's entries are kept.
     */
    EhcPlan place(String caseId, Placement placement, Integer revision);

    List<PlanVersion> versions(String caseId);

    EhcPlan version(String caseId, int version);

    /** What changed from one version to another; 0 is the working copy. */
    List<PlanChange> compare(String caseId, int from, int to);
}
