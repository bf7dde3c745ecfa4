package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.casework.EhcPlan;
import uk.send.platform.casework.Placement;
import uk.send.platform.casework.PlanChange;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanVersion;
import uk.send.platform.casework.Plans;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.RecordNotFound;

/** The plan of a case: the working copy, its checks, and the versions issued (see {@link PlanSnapshots}). */
@Service
class PlanService implements Plans {

    static final String RECORD_TYPE = "PLAN";

    private final PlanRecords plans;
    private final CaseRecords cases;
    private final CaseAccess access;
    private final AccessLog accessLog;
    private final StatutoryClock clock;
    private final String la;

    PlanService(PlanRecords plans, CaseRecords cases, CaseAccess access, AccessLog accessLog, StatutoryClock clock,
            LocalArea localArea) {
        this.plans = plans;
        this.cases = cases;
        this.access = access;
        this.accessLog = accessLog;
        this.clock = clock;
        this.la = localArea.code();
    }

    @Override
    @Transactional
    public EhcPlan working(String caseId) {
        access.requireRead(header(caseId));
        accessLog.recordRead(RECORD_TYPE, caseId);
        return plans.find(la, caseId, PlanRecords.WORKING).map(stored -> plan(caseId, stored))
                .orElseGet(() -> new EhcPlan(caseId, PlanRecords.WORKING, "WORKING", null, 0, List.of(),
                        PlanChecks.of(List.of()), null));
    }

    @Override
    @Transactional
    public EhcPlan save(String caseId, List<PlanItem> items, Integer revision) {
        CurrentUser user = access.requireWrite(header(caseId));
        List<PlanItem> keyed = PlanKeys.assign(items);
        PlanRecords.Stored stored = workingForChange(caseId, revision, user);
        plans.replaceItems(la, stored.id(), keyed);
        return changed(caseId);
    }

    @Override
    @Transactional
    public EhcPlan place(String caseId, Placement placement, Integer revision) {
        CurrentUser user = access.requireWrite(header(caseId));
        PlanRecords.Stored stored = workingForChange(caseId, revision, user);
        plans.place(stored.id(), placement);
        return changed(caseId);
    }

    /** The working copy (created when the first change comes), moved to its next revision if it is still at read. */
    private PlanRecords.Stored workingForChange(String caseId, Integer revision, CurrentUser user) {
        PlanRecords.Stored stored = plans.find(la, caseId, PlanRecords.WORKING).orElseGet(() -> {
            long id = plans.create(la, caseId, PlanRecords.WORKING, "WORKING", null, clock.clock().instant(),
                    user.username());
            return new PlanRecords.Stored(id, PlanRecords.WORKING, "WORKING", null, 0, null);
        });
        int read = revision != null ? revision : stored.revision();
        if (!plans.advance(stored.id(), read)) {
            throw new ConflictingChange(409, "Someone else changed the plan since you read it (revision " + read
                    + "); reload it and try again");
        }
        return stored;
    }

    private EhcPlan changed(String caseId) {
        accessLog.record(RECORD_TYPE, caseId, "UPDATE");
        return plan(caseId, plans.find(la, caseId, PlanRecords.WORKING).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanVersion> versions(String caseId) {
        access.requireRead(header(caseId));
        return plans.versions(la, caseId);
    }

    @Override
    @Transactional
    public EhcPlan version(String caseId, int version) {
        access.requireRead(header(caseId));
        accessLog.recordRead(RECORD_TYPE, caseId);
        return plans.find(la, caseId, version).map(stored -> plan(caseId, stored))
                .orElseThrow(() -> new RecordNotFound("Plan version " + version + " of case " + caseId));
    }

    @Override
    @Transactional
    public List<PlanChange> compare(String caseId, int from, int to) {
        return PlanDiff.between(version(caseId, from), version(caseId, to));
    }

    private EhcPlan plan(String caseId, PlanRecords.Stored stored) {
        List<PlanItem> items = plans.items(stored.id());
        return new EhcPlan(caseId, stored.version(), stored.status(), stored.issuedOn(), stored.revision(), items,
                PlanChecks.of(items), stored.placement());
    }

    private CaseHeader header(String caseId) {
        return cases.header(la, caseId).orElseThrow(() -> new RecordNotFound("Case " + caseId));
    }
}
