package uk.send.platform.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.AccessLog;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.children.ChildSummary;
import uk.send.platform.children.Children;
import uk.send.platform.deadlines.DeadlineLedger;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.health.internal.HealthClock;
import uk.send.platform.health.internal.LookedAfterRecords;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * Looked-after children's initial health assessments: the episode of becoming looked after opens the limit (20
 * working days, Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1)), the assessment meets
 * it, and an assessment after the due date must say why. Health and social care only; every read is logged.
 */
@Service
public class LookedAfterHealth {

    public static final String RECORD_TYPE = "LOOKED_AFTER_HEALTH";

    private final LookedAfterRecords records;
    private final HealthClock clock;
    private final Children children;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final Clock time;
    private final String la;

    LookedAfterHealth(LookedAfterRecords records, HealthClock clock, Children children, AccessControl access,
            AccessLog accessLog, Clock time, LocalArea localArea) {
        this.records = records;
        this.clock = clock;
        this.children = children;
        this.access = access;
        this.accessLog = accessLog;
        this.time = time;
        this.la = localArea.code();
    }

    /** Records that a child became looked after on a day and opens the initial health assessment's limit. */
    @Transactional
    public LookedAfterEpisode record(String childId, LocalDate startedOn) {
        CurrentUser user = access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        List<FieldProblem> problems = new ArrayList<>();
        if (childId == null || childId.isBlank()) {
            problems.add(new FieldProblem("childId", "Enter the id of the child who became looked after"));
        }
        if (startedOn == null) {
            problems.add(new FieldProblem("startedOn", "Enter the date the child became looked after"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ChildSummary child = children.summary(childId.strip()).orElseThrow(() ->
                new ConflictingChange(422, "There is no child " + childId + " on the register"));
        LocalDate today = clock.today();
        if (startedOn.isAfter(today)) {
            throw InvalidInput.of("startedOn", "The date the child became looked after must be today or in the past");
        }
        if (child.dateOfBirth() != null && startedOn.isBefore(child.dateOfBirth())) {
            throw InvalidInput.of("startedOn", "The date the child became looked after must be on or after their "
                    + "date of birth");
        }
        if (records.exists(la, child.id(), startedOn)) {
            throw new ConflictingChange("This child's becoming looked after on " + startedOn + " is already recorded");
        }
        HealthClock.Ledger ledger = clock.initialHealthAssessment(startedOn, null);
        HealthDeadline deadline = ledger.view();
        String id = UUID.randomUUID().toString();
        records.insert(la, id, child.id(), startedOn, deadline.dueOn(), deadline.key(), deadline.rule(),
                user.username(), time.instant());
        accessLog.record(RECORD_TYPE, id, "CREATE");
        clock.publish(DeadlineLedger.changes(HealthClock.LOOKED_AFTER_OWNER, id, child.id(), startedOn, List.of(),
                ledger.snapshot()));
        return episode(records.find(la, id).orElseThrow(), child);
    }

    /** Records the initial health assessment; one done after its due date needs a reason (and a note for OTHER). */
    @Transactional
    public LookedAfterEpisode recordAssessment(String id, Integer expectedVersion, LocalDate assessedOn,
            LateReason reason, String note) {
        access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        LookedAfterRecords.Row row = records.find(la, id).orElseThrow(() -> new RecordNotFound("Looked-after episode " + id));
        if (row.assessedOn() != null) {
            throw new ConflictingChange("The initial health assessment is already recorded, on " + row.assessedOn());
        }
        if (assessedOn == null) {
            throw InvalidInput.of("assessedOn", "Enter the date of the initial health assessment");
        }
        if (assessedOn.isAfter(clock.today())) {
            throw InvalidInput.of("assessedOn", "The date of the assessment must be today or in the past");
        }
        if (assessedOn.isBefore(row.startedOn())) {
            throw InvalidInput.of("assessedOn", "The assessment must be on or after the day the child became looked after");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 500) {
            throw InvalidInput.of("lateNote", "The note must be 500 characters or fewer");
        }
        HealthClock.Ledger before = clock.initialHealthAssessment(row.startedOn(), null);
        HealthClock.Ledger after = clock.initialHealthAssessment(row.startedOn(), assessedOn);
        boolean late = assessedOn.isAfter(after.tracked().dueOn());
        if (late && reason == null) {
            throw InvalidInput.of("lateReason", "Choose why the assessment was done after its due date");
        }
        if (late && reason == LateReason.OTHER && cleanNote == null) {
            throw InvalidInput.of("lateNote", "Explain the other reason the assessment was late");
        }
        int version = expectedVersion == null ? row.version() : expectedVersion;
        if (!records.assess(la, id, version, assessedOn, late ? reason.name() : null, late ? cleanNote : null)) {
            throw new ConflictingChange("Someone else changed this record; reload it and try again");
        }
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        List<DeadlineState> was = before.snapshot();
        clock.publish(DeadlineLedger.changes(HealthClock.LOOKED_AFTER_OWNER, id, row.childId(), assessedOn, was,
                after.snapshot()));
        return episode(records.find(la, id).orElseThrow(), children.summary(row.childId()).orElse(null));
    }

    /** One episode; the read is logged. */
    public LookedAfterEpisode get(String id) {
        access.require(Actions.HEALTH_READ, Scope.SERVICE);
        LookedAfterRecords.Row row = records.find(la, id).orElseThrow(() -> new RecordNotFound("Looked-after episode " + id));
        accessLog.recordRead(RECORD_TYPE, id);
        return episode(row, children.summary(row.childId()).orElse(null));
    }

    /** Outstanding assessments (due soonest first) or done ones (latest first); each one shown is logged. */
    public Paged<LookedAfterEpisode> list(boolean outstanding, int page, int size) {
        access.require(Actions.HEALTH_READ, Scope.SERVICE);
        Paged.check(page, size);
        List<LookedAfterRecords.Row> rows = records.page(la, outstanding, page, size);
        Map<String, ChildSummary> named = children.summaries(rows.stream().map(LookedAfterRecords.Row::childId)
                .distinct().toList()).stream().collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        rows.forEach(r -> accessLog.record(RECORD_TYPE, r.id(), "LIST_READ"));
        return new Paged<>(rows.stream().map(r -> episode(r, named.get(r.childId()))).toList(), page, size,
                records.count(la, outstanding));
    }


    private LookedAfterEpisode episode(LookedAfterRecords.Row row, ChildSummary child) {
        HealthDeadline deadline = clock.initialHealthAssessment(row.startedOn(), row.assessedOn()).view();
        // The due date stands as it was opened: a bank holiday list uploaded later does not move a recorded limit.
        HealthDeadline stored = new HealthDeadline(deadline.key(), row.dueOn(), row.citation(),
                deadline.explanation(), deadline.metOn(), uk.send.platform.deadlines.DeadlineStatus.of(
                        uk.send.platform.deadlines.DeadlineKind.DUTY, row.dueOn(), row.assessedOn(), clock.today()));
        return new LookedAfterEpisode(row.id(), row.childId(), child == null ? null : child.fullName(),
                child == null ? null : child.nhsNumber(), row.startedOn(), stored, row.assessedOn(),
                row.lateReason() == null ? null : LateReason.valueOf(row.lateReason()), row.lateNote(), row.version());
    }
}
