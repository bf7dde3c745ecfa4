package uk.send.platform.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.improvement.Improvement.Barrier;
import uk.send.platform.improvement.Improvement.ChangeRequest;
import uk.send.platform.improvement.Improvement.ChangeStatus;
import uk.send.platform.improvement.Improvement.Decision;
import uk.send.platform.improvement.Improvement.Measure;
import uk.send.platform.improvement.Improvement.MeasureInput;
import uk.send.platform.improvement.Improvement.MeasureValueInput;
import uk.send.platform.improvement.Improvement.Milestone;
import uk.send.platform.improvement.Improvement.MilestoneDetail;
import uk.send.platform.improvement.Improvement.MilestoneStatus;
import uk.send.platform.improvement.Improvement.MilestoneUpdate;
import uk.send.platform.improvement.Improvement.MonthlyUpdate;
import uk.send.platform.improvement.Improvement.NewChangeRequest;
import uk.send.platform.improvement.Improvement.NewMilestone;
import uk.send.platform.improvement.Improvement.NewPlan;
import uk.send.platform.improvement.Improvement.NewPriority;
import uk.send.platform.improvement.Improvement.Plan;
import uk.send.platform.improvement.Improvement.PlanType;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.Rag;
import uk.send.platform.improvement.Improvement.UpdateInput;
import uk.send.platform.improvement.internal.ImprovementStore;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * Plans, priorities, monthly updates, milestones and measures. Everyone with improvement.read reads; improvement
 * leads (improvement.update at OWN) change only the priorities they lead or created; improvement.update at ALL
 * changes any; a milestone's date or scope moves only through a change request the board (improvement.decide)
 * approves.
 */
@Service
public class ImprovementProgramme {

    public static final String READ = "improvement.read";
    public static final String UPDATE = Actions.IMPROVEMENT_UPDATE;
    public static final String DECIDE = "improvement.decide";

    private final ImprovementStore store;
    private final AccessControl access;
    private final Measures measures;
    private final Clock clock;

    public ImprovementProgramme(ImprovementStore store, AccessControl access, Measures measures, Clock clock) {
        this.store = store;
        this.access = access;
        this.measures = measures;
        this.clock = clock;
    }

    // Reading

    public Paged<Plan> plans(int page, int size) {
        access.require(READ, Scope.ALL);
        Paged.check(page, size);
        return store.plans(page, size);
    }

    public Plan plan(long id) {
        access.require(READ, Scope.ALL);
        return store.plan(id).orElseThrow(() -> new RecordNotFound("Improvement plan " + id));
    }

    public List<Priority> priorities(long planId) {
        plan(planId);
        return store.priorities(planId);
    }

    public Priority priority(long id) {
        access.require(READ, Scope.ALL);
        return store.priority(id).orElseThrow(() -> new RecordNotFound("Priority " + id));
    }

    public MonthlyUpdate updateAsAt(long priorityId, YearMonth month) {
        priority(priorityId);
        return store.updateAsAt(priorityId, month).orElse(null);
    }

    public List<YearMonth> updateMonths(long priorityId) {
        priority(priorityId);
        return store.updateMonths(priorityId);
    }

    public List<Milestone> milestones(long priorityId) {
        priority(priorityId);
        return store.milestones(priorityId);
    }

    public MilestoneDetail milestone(long id) {
        access.require(READ, Scope.ALL);
        Milestone m = store.milestone(id).orElseThrow(() -> new RecordNotFound("Milestone " + id));
        return new MilestoneDetail(m.id(), m.priorityId(), m.code(), m.title(), m.owner(), m.dueOn(), m.status(),
                m.note(), m.version(), store.history(id), store.changeRequests(id));
    }

    public ChangeRequest changeRequest(long id) {
        access.require(READ, Scope.ALL);
        return store.changeRequest(id).orElseThrow(() -> new RecordNotFound("Change request " + id));
    }

    public Paged<ChangeRequest> pendingChangeRequests(int page, int size) {
        access.require(READ, Scope.ALL);
        Paged.check(page, size);
        return store.pendingRequests(page, size);
    }

    public List<Measure> measures(long priorityId) {
        priority(priorityId);
        return store.measures(priorityId);
    }

    public Measure measure(long id) {
        access.require(READ, Scope.ALL);
        return store.measure(id).orElseThrow(() -> new RecordNotFound("Measure " + id));
    }

    /** The dashboard's measures a plan measure may link to: key to title. */
    public java.util.Map<String, String> dashboardMeasures() {
        access.require(READ, Scope.ALL);
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        measures.catalogue().forEach(d -> options.put(d.key(), d.title()));
        return options;
    }

    /** Whether the signed-in user may change this priority (its updates, milestones, measures and change requests). */
    public boolean mayEdit(Priority p) {
        return access.currentUser().map(u -> mayEdit(u, p)).orElse(false);
    }

    public boolean mayDecide() {
        return access.currentUser().map(u -> u.may(DECIDE, Scope.ALL)).orElse(false);
    }

    public boolean mayCreate() {
        return access.currentUser().map(u -> u.may(UPDATE)).orElse(false);
    }

    static boolean mayEdit(CurrentUser u, Priority p) {
        if (u.may(UPDATE, Scope.ALL)) {
            return true;
        }
        return u.may(UPDATE, Scope.OWN)
                && (u.username().equals(p.leadUsername()) || u.username().equals(p.createdBy()));
    }

    // Plans and priorities

    @Transactional
    public Plan createPlan(NewPlan in) {
        CurrentUser user = access.require(UPDATE, Scope.OWN);
        List<FieldProblem> problems = new ArrayList<>();
        String type = in == null ? null : in.type();
        if (type == null || Set.of("WSOA", "PAP").stream().noneMatch(type::equals)) {
            problems.add(new FieldProblem("type", "Choose Written Statement of Action (WSOA) or Priority Action Plan (PAP)"));
        }
        String title = text(problems, "title", in == null ? null : in.title(), 200, true, "the plan's title");
        fail(problems);
        long id = store.addPlan(PlanType.valueOf(type).name(), title, user.username(), clock.instant());
        return store.plan(id).orElseThrow();
    }

    @Transactional
    public Priority addPriority(long planId, NewPriority in) {
        CurrentUser user = access.require(UPDATE, Scope.OWN);
        plan(planId);
        List<FieldProblem> problems = new ArrayList<>();
        String code = text(problems, "code", in == null ? null : in.code(), 20, true, "the priority's code, such as IP8");
        String title = text(problems, "title", in == null ? null : in.title(), 300, true, "the priority's title");
        String lead = text(problems, "lead", in == null ? null : in.lead(), 200, true, "the lead (a role or a user)");
        String leadUsername = in == null ? null : blank(in.leadUsername());
        String partner = in == null ? null : text(problems, "owningPartner", in.owningPartner(), 200, false, "");
        String concern = in == null ? null : text(problems, "concern", in.concern(), 2000, false, "");
        String theme = in == null ? null : text(problems, "theme", in.theme(), 200, false, "");
        if (code != null && store.priorityCodeTaken(planId, code)) {
            problems.add(new FieldProblem("code", "This plan already has a priority " + code));
        }
        fail(problems);
        long id = store.addPriority(planId, code, title, lead, leadUsername, partner, concern, theme, user.username(),
                clock.instant());
        return store.priority(id).orElseThrow();
    }

    @Transactional
    public MonthlyUpdate saveUpdate(long priorityId, UpdateInput in) {
        CurrentUser user = requireEdit(priorityId);
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth month = month(problems, "month", in == null ? null : in.month());
        String rag = in == null ? null : in.rag();
        if (rag == null || Set.of("GREEN", "AMBER", "RED").stream().noneMatch(rag::equals)) {
            problems.add(new FieldProblem("rag", "Choose green, amber or red"));
        }
        String headline = text(problems, "headline", in == null ? null : in.headline(), 1000, true, "the headline");
        String impact = in == null ? null : text(problems, "impact", in.impact(), 4000, false, "");
        String achieved = in == null ? null : text(problems, "achieved", in.achieved(), 8000, false, "");
        List<Barrier> barriers = new ArrayList<>();
        if (in != null && in.barriers() != null) {
            for (int i = 0; i < in.barriers().size(); i++) {
                Barrier b = in.barriers().get(i);
                String barrier = b == null ? null : blank(b.barrier());
                String mitigation = b == null ? null : blank(b.mitigation());
                if (barrier == null && mitigation == null) {
                    continue;
                }
                if (barrier == null || mitigation == null) {
                    problems.add(new FieldProblem("barriers[" + i + "]", "Give each barrier with its mitigation"));
                } else if (barrier.length() > 2000 || mitigation.length() > 2000) {
                    problems.add(new FieldProblem("barriers[" + i + "]", "Keep a barrier and its mitigation to 2000 characters each"));
                } else {
                    barriers.add(new Barrier(barrier, mitigation));
                }
            }
        }
        List<String> steps = in == null || in.nextSteps() == null ? List.of()
                : in.nextSteps().stream().map(ImprovementProgramme::blank).filter(s -> s != null)
                        .map(s -> s.replace('\n', ' ')).toList();
        if (String.join("\n", steps).length() > 4000) {
            problems.add(new FieldProblem("nextSteps", "Keep the next steps to 4000 characters"));
        }
        fail(problems);
        store.saveUpdate(priorityId, month, Rag.valueOf(rag).name(), headline, impact, achieved, barriers, steps,
                user.username(), clock.instant());
        return store.updateAsAt(priorityId, month).orElseThrow();
    }

    // Milestones and change control

    @Transactional
    public Milestone addMilestone(long priorityId, NewMilestone in) {
        CurrentUser user = requireEdit(priorityId);
        List<FieldProblem> problems = new ArrayList<>();
        String code = text(problems, "code", in == null ? null : in.code(), 20, true, "the milestone's number, such as 8.1");
        String title = text(problems, "title", in == null ? null : in.title(), 1000, true, "what the milestone delivers");
        String owner = text(problems, "owner", in == null ? null : in.owner(), 200, true, "the milestone's owner");
        if (in == null || in.dueOn() == null) {
            problems.add(new FieldProblem("dueOn", "Enter the date the milestone is due"));
        }
        if (code != null && store.milestoneCodeTaken(priorityId, code)) {
            problems.add(new FieldProblem("code", "This priority already has a milestone " + code));
        }
        fail(problems);
        long id = store.addMilestone(priorityId, code, title, owner, in.dueOn(), MilestoneStatus.NOT_STARTED.name());
        store.addHistory(id, clock.instant(), user.username(), "CREATED", null, in.dueOn().toString(),
                "Added, due " + in.dueOn());
        return store.milestone(id).orElseThrow();
    }

    /**
     * Changes status, owner and progress note. A different due date or title is scope and time: refused with 409
     * (change control), and nothing changes.
     */
    @Transactional
    public MilestoneDetail updateMilestone(long id, MilestoneUpdate in) {
        Milestone m = store.milestone(id).orElseThrow(() -> new RecordNotFound("Milestone " + id));
        CurrentUser user = requireEdit(m.priorityId());
        if (in == null) {
            throw InvalidInput.of("status", "Send the milestone's status");
        }
        if (in.dueOn() != null && !in.dueOn().equals(m.dueOn())) {
            throw new ConflictingChange("A milestone's due date changes only through a change request approved by the "
                    + "board: POST /api/v1/improvement/milestones/" + id + "/change-requests");
        }
        String title = blank(in.title());
        if (title != null && !title.equals(m.title())) {
            throw new ConflictingChange("A milestone's scope changes only through a change request approved by the "
                    + "board: POST /api/v1/improvement/milestones/" + id + "/change-requests");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String status = m.status();
        if (in.status() != null) {
            try {
                status = MilestoneStatus.valueOf(in.status()).name();
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "Status is one of NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETE"));
            }
        }
        String noteIn = in.note() != null ? in.note() : in.text();
        String note = noteIn == null ? m.note() : text(problems, "note", noteIn, 2000, false, "");
        String owner = in.owner() == null ? m.owner() : text(problems, "owner", in.owner(), 200, true, "the owner");
        fail(problems);
        Instant now = clock.instant();
        if (!status.equals(m.status())) {
            store.addHistory(id, now, user.username(), "STATUS", label(m.status()), label(status), null);
        }
        if (!eq(owner, m.owner())) {
            store.addHistory(id, now, user.username(), "OWNER", m.owner(), owner, null);
        }
        if (!eq(note, m.note())) {
            store.addHistory(id, now, user.username(), "NOTE", m.note(), note, null);
        }
        if (!store.changeMilestone(new Milestone(id, m.priorityId(), m.code(), m.title(), owner, m.dueOn(), status, note,
                m.version()), m.version())) {
            throw new ConflictingChange("Someone changed this milestone meanwhile; read it again");
        }
        return milestone(id);
    }

    @Transactional
    public ChangeRequest requestChange(long milestoneId, NewChangeRequest in) {
        Milestone m = store.milestone(milestoneId).orElseThrow(() -> new RecordNotFound("Milestone " + milestoneId));
        CurrentUser user = requireEdit(m.priorityId());
        List<FieldProblem> problems = new ArrayList<>();
        String reason = text(problems, "reason", in == null ? null : in.reason(), 2000, true, "the reason for the change");
        String title = in == null ? null : text(problems, "title", in.title(), 1000, false, "");
        LocalDate dueOn = in == null ? null : in.dueOn();
        boolean moves = dueOn != null && !dueOn.equals(m.dueOn());
        boolean rescopes = title != null && !title.equals(m.title());
        if (!moves && !rescopes) {
            problems.add(new FieldProblem("dueOn", "Enter the new due date (or the new scope) the board is asked to approve"));
        }
        if (store.changeRequests(milestoneId).stream().anyMatch(r -> r.status().equals(ChangeStatus.PENDING.name()))) {
            throw new ConflictingChange("This milestone already has a change request waiting for the board");
        }
        fail(problems);
        Instant now = clock.instant();
        long id = store.addChangeRequest(milestoneId, moves ? dueOn : null, rescopes ? title : null, reason,
                user.username(), now);
        store.addHistory(milestoneId, now, user.username(), "CHANGE_REQUESTED", moves ? m.dueOn().toString() : m.title(),
                moves ? dueOn.toString() : title, reason);
        return store.changeRequest(id).orElseThrow();
    }

    @Transactional
    public ChangeRequest decide(long requestId, Decision in) {
        CurrentUser user = access.require(DECIDE, Scope.ALL);
        ChangeRequest r = store.changeRequest(requestId).orElseThrow(() -> new RecordNotFound("Change request " + requestId));
        List<FieldProblem> problems = new ArrayList<>();
        String decision = in == null ? null : in.decision();
        if (decision == null || !Set.of("APPROVED", "REFUSED").contains(decision)) {
            problems.add(new FieldProblem("decision", "Decide APPROVED or REFUSED"));
        }
        String reason = in == null ? null : text(problems, "reason", in.reason(), 2000, "REFUSED".equals(decision),
                "the reason for refusing");
        fail(problems);
        if (!r.status().equals(ChangeStatus.PENDING.name())) {
            throw new ConflictingChange("This change request was already decided: " + label(r.status()));
        }
        Milestone m = store.milestone(r.milestoneId()).orElseThrow();
        Instant now = clock.instant();
        if (!store.decide(requestId, decision, reason, user.username(), now)) {
            throw new ConflictingChange("This change request was decided meanwhile");
        }
        if (decision.equals("APPROVED")) {
            LocalDate due = r.dueOn() != null ? r.dueOn() : m.dueOn();
            String title = r.title() != null ? r.title() : m.title();
            if (!store.changeMilestone(new Milestone(m.id(), m.priorityId(), m.code(), title, m.owner(), due, m.status(),
                    m.note(), m.version()), m.version())) {
                throw new ConflictingChange("Someone changed this milestone meanwhile; decide again");
            }
            if (r.dueOn() != null) {
                store.addHistory(m.id(), now, user.username(), "DUE_DATE", m.dueOn().toString(), due.toString(),
                        "Change request approved by the board" + (reason == null ? "" : ": " + reason));
            }
            if (r.title() != null) {
                store.addHistory(m.id(), now, user.username(), "SCOPE", m.title(), title,
                        "Change request approved by the board" + (reason == null ? "" : ": " + reason));
            }
        } else {
            store.addHistory(m.id(), now, user.username(), "CHANGE_REFUSED", null, null, reason);
        }
        return store.changeRequest(requestId).orElseThrow();
    }

    // Measures

    @Transactional
    public Measure addMeasure(long priorityId, MeasureInput in) {
        requireEdit(priorityId);
        List<FieldProblem> problems = new ArrayList<>();
        String key = in == null ? null : blank(in.measureKey());
        MeasureDefinition definition = null;
        if (key != null) {
            definition = measures.catalogue().stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
            if (definition == null) {
                problems.add(new FieldProblem("measureKey", "There is no dashboard measure '" + key + "'"));
            }
        }
        String title = definition != null && blank(in.title()) == null ? definition.title()
                : text(problems, "title", in == null ? null : in.title(), 300, true, "what the measure counts");
        String unit;
        if (definition != null) {
            unit = definition.unit().name();
        } else {
            unit = in == null || in.unit() == null ? "PERCENT" : in.unit();
            if (!Set.of("PERCENT", "COUNT", "WEEKS").contains(unit)) {
                problems.add(new FieldProblem("unit", "Unit is PERCENT, COUNT or WEEKS"));
            }
        }
        YearMonth baselineMonth = in == null || blank(in.baselineMonth()) == null ? null
                : month(problems, "baselineMonth", in.baselineMonth());
        String source = definition != null ? "SEND dashboard: " + definition.source()
                : in == null ? null : text(problems, "source", in.source(), 300, key == null, "where the figures come from");
        boolean higher = definition != null && definition.higherIsBetter() != null ? definition.higherIsBetter()
                : in == null || in.higherIsBetter() == null || in.higherIsBetter();
        fail(problems);
        long id = store.addMeasure(priorityId, title, key, unit, in.baseline(), baselineMonth, in.target(), in.targetOn(),
                source, higher);
        return store.measure(id).orElseThrow();
    }

    @Transactional
    public void recordValue(long measureId, MeasureValueInput in) {
        Measure m = measure(measureId);
        CurrentUser user = requireEdit(m.priorityId());
        if (m.live()) {
            throw new ConflictingChange(422, "This measure's values come from the dashboard; they are not typed in");
        }
        List<FieldProblem> problems = new ArrayList<>();
        YearMonth month = month(problems, "month", in == null ? null : in.month());
        BigDecimal value = in == null ? null : in.value();
        if (value == null) {
            problems.add(new FieldProblem("value", "Enter the value for the month"));
        } else if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) >= 0) {
            problems.add(new FieldProblem("value", "The value is too large"));
        }
        fail(problems);
        store.recordValue(measureId, month, value.setScale(2, java.math.RoundingMode.HALF_UP), user.username());
    }

    // Helpers

    private CurrentUser requireEdit(long priorityId) {
        CurrentUser user = access.require(UPDATE, Scope.OWN);
        Priority p = store.priority(priorityId).orElseThrow(() -> new RecordNotFound("Priority " + priorityId));
        if (!mayEdit(user, p)) {
            throw new AccessDeniedException("Only the priority's lead changes it");
        }
        return user;
    }

    static String label(String status) {
        for (MilestoneStatus s : MilestoneStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        for (ChangeStatus s : ChangeStatus.values()) {
            if (s.name().equals(status)) {
                return s.label();
            }
        }
        return status;
    }

    static YearMonth month(List<FieldProblem> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "Enter the month as YYYY-MM, for example 2026-11"));
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "'" + text.strip() + "' is not a month; enter it as YYYY-MM, for example 2026-11"));
            return null;
        }
    }

    static String text(List<FieldProblem> problems, String field, String value, int max, boolean required, String what) {
        String v = blank(value);
        if (v == null) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter " + what));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(new FieldProblem(field, "Keep this to " + max + " characters"));
        }
        return v;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private static boolean eq(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
