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
import uk.send.platform.deadlines.TrackedDeadline;
import uk.send.platform.health.internal.DsrRecords;
import uk.send.platform.health.internal.HealthClock;
import uk.send.platform.health.internal.ReviewCadence;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The Dynamic Support Register (NHS England DSR and C(E)TR policy, 2023; statutory-rules section 7): children with
 * a learning disability and/or autism at risk of admission, added with consent or a recorded best-interests
 * decision, rated RAG+Blue with reasons, reviewed by agencies on the Local Area's cadence per rating. Readable only
 * with {@code dsr.read} (health, social care and named agencies); every read is logged.
 */
@Service
public class DynamicSupportRegister {

    public static final String RECORD_TYPE = "DSR_ENTRY";
    /** The longest text each field holds (its column). */
    private static final Map<String, Integer> LONGEST = Map.of("reason", 1000, "bestInterestsDecision", 1000,
            "consentGivenBy", 120, "keyworker", 120, "agencies", 400, "summary", 2000, "recommendations", 2000,
            "action", 500, "owner", 120);

    private final DsrRecords records;
    private final ReviewCadence cadence;
    private final HealthClock clock;
    private final Children children;
    private final AccessControl access;
    private final AccessLog accessLog;
    private final Clock time;
    private final String la;

    DynamicSupportRegister(DsrRecords records, ReviewCadence cadence, HealthClock clock, Children children,
            AccessControl access, AccessLog accessLog, Clock time, LocalArea localArea) {
        this.records = records;
        this.cadence = cadence;
        this.clock = clock;
        this.children = children;
        this.access = access;
        this.accessLog = accessLog;
        this.time = time;
        this.la = localArea.code();
    }

    /** Adds a child with their first rating; without consent or a recorded best-interests decision, 422. */
    @Transactional
    public DsrEntry add(DsrEntry.NewEntry e) {
        CurrentUser user = access.require(Actions.DSR_WRITE, Scope.SERVICE);
        List<FieldProblem> problems = new ArrayList<>();
        if (e.childId() == null || e.childId().isBlank()) {
            problems.add(new FieldProblem("childId", "Enter the id of the child to add to the register"));
        }
        if (e.rating() == null) {
            problems.add(new FieldProblem("rating", "Choose a rating: red, amber, green or blue"));
        }
        text(problems, "reason", e.reason(), true, "Enter the reason for the rating");
        text(problems, "consentGivenBy", e.consentGivenBy(), false, null);
        text(problems, "bestInterestsDecision", e.bestInterestsDecision(), false, null);
        text(problems, "keyworker", e.keyworker(), false, null);
        LocalDate on = e.ratedOn() == null ? clock.today() : e.ratedOn();
        if (on.isAfter(clock.today())) {
            problems.add(new FieldProblem("ratedOn", "The date of the rating must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean consent = Boolean.TRUE.equals(e.consent());
        String bestInterests = blankToNull(e.bestInterestsDecision());
        if (!consent && bestInterests == null) {
            throw new ConflictingChange(422, "A child can be added to the register only with consent (from the young "
                    + "person, or a parent with parental responsibility) or a recorded best-interests decision");
        }
        ChildSummary child = children.summary(e.childId().strip()).orElseThrow(() ->
                new ConflictingChange(422, "There is no child " + e.childId() + " on the register of children"));
        if (records.onRegister(la, child.id())) {
            throw new ConflictingChange("This child is already on the Dynamic Support Register");
        }
        String id = UUID.randomUUID().toString();
        TrackedDeadline review = cadence.next(e.rating(), on);
        records.insert(la, id, child.id(), consent ? "CONSENT" : "BEST_INTERESTS",
                consent ? blankToNull(e.consentGivenBy()) : null, consent ? null : bestInterests, e.rating(), on,
                review.dueOn(), blankToNull(e.keyworker()), user.username(), time.instant());
        records.insertRating(la, id, e.rating(), e.reason().strip(), on, user.username(), time.instant());
        accessLog.record(RECORD_TYPE, id, "CREATE");
        return entry(records.find(la, id).orElseThrow(), child);
    }

    /** A new rating with its reason; the next review is counted afresh from it. */
    @Transactional
    public DsrEntry rate(String id, Integer expectedVersion, DsrRating rating, String reason, LocalDate ratedOn) {
        CurrentUser user = access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrRecords.Row row = row(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (rating == null) {
            problems.add(new FieldProblem("rating", "Choose a rating: red, amber, green or blue"));
        }
        text(problems, "reason", reason, true, "Enter the reason for the rating");
        LocalDate on = ratedOn == null ? clock.today() : ratedOn;
        if (on.isAfter(clock.today()) || on.isBefore(row.ratedOn())) {
            problems.add(new FieldProblem("ratedOn", "The date of the rating must be between the last rating and today"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int version = expectedVersion == null ? row.version() : expectedVersion;
        if (!records.rerate(la, id, version, rating, on, cadence.next(rating, on).dueOn())) {
            throw new ConflictingChange("Someone else changed this entry; reload it and try again");
        }
        records.insertRating(la, id, rating, reason.strip(), on, user.username(), time.instant());
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return get(id);
    }

    /** A multi-agency review of the entry with the actions it agreed; the next review is counted from it. */
    @Transactional
    public DsrEntry review(String id, Integer expectedVersion, LocalDate heldOn, String agencies, String summary,
            List<DsrEntry.NewAction> actions) {
        CurrentUser user = access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrRecords.Row row = row(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "Enter the date of the review meeting"));
        } else if (heldOn.isAfter(clock.today()) || heldOn.isBefore(row.addedOn())) {
            problems.add(new FieldProblem("heldOn", "The review must be between the day the child was added and today"));
        }
        text(problems, "agencies", agencies, true, "Enter the agencies at the review");
        text(problems, "summary", summary, true, "Enter what the review found");
        List<DsrEntry.NewAction> agreed = actions == null ? List.of() : actions;
        for (int i = 0; i < agreed.size(); i++) {
            DsrEntry.NewAction a = agreed.get(i);
            if (a == null || blankToNull(a.action()) == null) {
                problems.add(new FieldProblem("actions[" + i + "].action", "Enter the action"));
                continue;
            }
            text(problems, "actions[" + i + "].action", a.action(), true, "Enter the action");
            text(problems, "actions[" + i + "].owner", a.owner(), true, "Enter who owns the action");
            if (a.dueOn() == null) {
                problems.add(new FieldProblem("actions[" + i + "].dueOn", "Enter when the action is due"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int version = expectedVersion == null ? row.version() : expectedVersion;
        LocalDate next = cadence.next(row.rating(), heldOn).dueOn();
        if (!records.reviewed(la, id, version, next.isAfter(row.nextReviewOn()) ? next : row.nextReviewOn())) {
            throw new ConflictingChange("Someone else changed this entry; reload it and try again");
        }
        long reviewId = records.insertReview(la, id, heldOn, agencies.strip(), summary.strip(), user.username(),
                time.instant());
        agreed.forEach(a -> records.insertAction(la, id, reviewId,
                new DsrEntry.NewAction(a.action().strip(), a.owner().strip(), a.dueOn())));
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return get(id);
    }

    /** Marks an agreed action done. */
    @Transactional
    public DsrEntry completeAction(String id, long actionId, LocalDate doneOn) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        row(id);
        LocalDate on = doneOn == null ? clock.today() : doneOn;
        if (on.isAfter(clock.today())) {
            throw InvalidInput.of("doneOn", "The date must be today or in the past");
        }
        if (!records.completeAction(la, id, actionId, on)) {
            throw new ConflictingChange("That action is not open on this entry");
        }
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return get(id);
    }

    /** A Care (Education) and Treatment Review held for the child. */
    @Transactional
    public DsrEntry recordCetr(String id, CetrType type, LocalDate heldOn, String recommendations) {
        CurrentUser user = access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrRecords.Row row = row(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (type == null) {
            problems.add(new FieldProblem("type", "Choose whether it was a community or an inpatient review"));
        }
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "Enter the date of the review"));
        } else if (heldOn.isAfter(clock.today())) {
            problems.add(new FieldProblem("heldOn", "The date of the review must be today or in the past"));
        }
        text(problems, "recommendations", recommendations, true, "Enter the review's recommendations");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        records.insertCetr(la, row.id(), type, heldOn, recommendations.strip(), user.username(), time.instant());
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return get(id);
    }

    /** Names the child's keyworker (blank to clear). */
    @Transactional
    public DsrEntry keyworker(String id, Integer expectedVersion, String keyworker) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrRecords.Row row = row(id);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "keyworker", keyworker, false, null);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!records.keyworker(la, id, expectedVersion == null ? row.version() : expectedVersion, blankToNull(keyworker))) {
            throw new ConflictingChange("Someone else changed this entry; reload it and try again");
        }
        accessLog.record(RECORD_TYPE, id, "UPDATE");
        return get(id);
    }

    /** One entry with its history; the read is logged. */
    public DsrEntry get(String id) {
        access.require(Actions.DSR_READ, Scope.SERVICE);
        DsrRecords.Row row = row(id);
        accessLog.recordRead(RECORD_TYPE, id);
        return entry(row, children.summary(row.childId()).orElse(null));
    }

    /** The register for the meeting: one rating or all, red first, then by next review; each line shown is logged. */
    public Paged<DsrEntry.Line> register(DsrRating rating, int page, int size) {
        access.require(Actions.DSR_READ, Scope.SERVICE);
        Paged.check(page, size);
        List<DsrRecords.Row> rows = records.page(la, rating, page, size);
        Map<String, ChildSummary> named = children.summaries(rows.stream().map(DsrRecords.Row::childId).toList())
                .stream().collect(Collectors.toMap(ChildSummary::id, Function.identity()));
        LocalDate today = clock.today();
        List<DsrEntry.Line> lines = new ArrayList<>();
        for (DsrRecords.Row r : rows) {
            accessLog.record(RECORD_TYPE, r.id(), "LIST_READ");
            ChildSummary c = named.get(r.childId());
            List<DsrEntry.RatingChange> history = records.ratings(la, r.id());
            lines.add(new DsrEntry.Line(r.id(), r.childId(), c == null ? null : c.fullName(), r.rating(), r.ratedOn(),
                    history.isEmpty() ? null : history.get(0).reason(), r.nextReviewOn(),
                    today.isAfter(r.nextReviewOn()), r.keyworker()));
        }
        return new Paged<>(lines, page, size, records.count(la, rating));
    }

    /** Children on the register with each rating (no personal data): the figure a board reads. */
    public Map<DsrRating, Long> countsByRating() {
        Map<DsrRating, Long> counts = new java.util.EnumMap<>(DsrRating.class);
        for (DsrRating r : DsrRating.values()) {
            counts.put(r, records.count(la, r));
        }
        return counts;
    }

    private DsrRecords.Row row(String id) {
        return records.find(la, id).orElseThrow(() -> new RecordNotFound("Register entry " + id));
    }

    private DsrEntry entry(DsrRecords.Row r, ChildSummary c) {
        List<DsrEntry.RatingChange> history = records.ratings(la, r.id());
        return new DsrEntry(r.id(), r.childId(), c == null ? null : c.fullName(), c == null ? null : c.nhsNumber(),
                c == null ? null : c.dateOfBirth(), r.lawfulBasis(), r.consentGivenBy(), r.bestInterests(), r.rating(),
                r.ratedOn(), history.isEmpty() ? null : history.get(0).reason(), r.nextReviewOn(),
                cadence.next(r.rating(), r.ratedOn()).deadline().rule().citation(),
                clock.today().isAfter(r.nextReviewOn()), r.keyworker(), r.addedOn(), history,
                records.reviews(la, r.id()), records.cetrs(la, r.id()), r.version());
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required, String missing) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, missing));
            }
        } else {
            int longest = LONGEST.getOrDefault(field.substring(field.lastIndexOf('.') + 1), 120);
            if (value.strip().length() > longest) {
                problems.add(new FieldProblem(field, "Keep this to " + longest + " characters or fewer"));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
