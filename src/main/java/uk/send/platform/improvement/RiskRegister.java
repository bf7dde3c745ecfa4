package uk.send.platform.improvement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.Risk;
import uk.send.platform.improvement.Improvement.RiskInput;
import uk.send.platform.improvement.Improvement.RiskScore;
import uk.send.platform.improvement.internal.ImprovementStore;
import uk.send.platform.improvement.internal.RiskStore;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The joint risk register: each risk scored consequence x likelihood, graded by the Local Area's bands (NPSA by
 * default), reviewed again after its band's interval, escalated to the executive group when its band says so, with
 * every score kept. Readers need improvement.read; changing a risk needs improvement.update (leads: risks they raised
 * or that belong to a priority they lead).
 */
@Service
public class RiskRegister {

    /** A 5x5 grid of counts: cells[likelihood - 1][consequence - 1]. */
    public record HeatMap(int[][] cells, List<RiskBand> bands) {

        public int count(int likelihood, int consequence) {
            return cells[likelihood - 1][consequence - 1];
        }

        public RiskBand band(int likelihood, int consequence) {
            int score = likelihood * consequence;
            return bands.stream().filter(b -> b.covers(score)).findFirst().orElseThrow();
        }
    }

    private final RiskStore store;
    private final ImprovementStore priorities;
    private final AccessControl access;
    private final Clock clock;

    public RiskRegister(RiskStore store, ImprovementStore priorities, AccessControl access, Clock clock) {
        this.store = store;
        this.priorities = priorities;
        this.access = access;
        this.clock = clock;
    }

    public RiskMatrix matrix() {
        return new RiskMatrix(store.bands());
    }

    public List<RiskBand> bands() {
        access.require(ImprovementProgramme.READ, Scope.ALL);
        return matrix().bands();
    }

    /** Replaces the Local Area's bands (improvement.update at ALL); existing risks are graded by them from now on. */
    @Transactional
    public List<RiskBand> configureBands(List<RiskBand> bands) {
        access.require(ImprovementProgramme.UPDATE, Scope.ALL);
        RiskMatrix.check(bands);
        store.replaceBands(bands);
        return matrix().bands();
    }

    public Paged<Risk> list(int page, int size) {
        access.require(ImprovementProgramme.READ, Scope.ALL);
        Paged.check(page, size);
        RiskMatrix matrix = matrix();
        LocalDate today = LocalDate.now(clock);
        Paged<RiskStore.Row> rows = store.list(page, size);
        return new Paged<>(rows.items().stream().map(r -> view(r, matrix, today, List.of())).toList(), page, size,
                rows.total());
    }

    /** Every risk on the register (tens of them), for the heat map and the board report. */
    public List<Risk> all() {
        access.require(ImprovementProgramme.READ, Scope.ALL);
        RiskMatrix matrix = matrix();
        LocalDate today = LocalDate.now(clock);
        return store.all().stream().map(r -> view(r, matrix, today, List.of())).toList();
    }

    public Risk risk(long id) {
        access.require(ImprovementProgramme.READ, Scope.ALL);
        RiskStore.Row row = store.find(id).orElseThrow(() -> new RecordNotFound("Risk " + id));
        return view(row, matrix(), LocalDate.now(clock), store.history(id));
    }

    /** The risks as they were scored at the end of a day (each risk's latest score then), for a past month's report. */
    public List<Risk> asAt(LocalDate day) {
        access.require(ImprovementProgramme.READ, Scope.ALL);
        RiskMatrix matrix = matrix();
        List<Risk> risks = new ArrayList<>();
        for (RiskStore.Row r : store.all()) {
            var score = store.scoreAsAt(r.id(), day);
            if (score.isEmpty()) {
                continue;
            }
            RiskScore s = score.get();
            RiskStore.Row then = new RiskStore.Row(r.id(), r.reference(), r.title(), r.description(), r.owner(),
                    r.priorityId(), s.consequence(), s.likelihood(), r.targetConsequence(), r.targetLikelihood(),
                    r.controls(), r.actions(), s.on(), matrix.nextReview(s.score(), s.on()),
                    matrix.band(s.score()).escalate() ? s.on() : null, r.createdBy(), r.version());
            risks.add(view(then, matrix, day, List.of()));
        }
        return risks;
    }

    public boolean mayEdit(Risk risk) {
        return access.currentUser().map(u -> mayEdit(u, risk.priorityId(), createdBy(risk.id()))).orElse(false);
    }

    public boolean mayCreate() {
        return access.currentUser().map(u -> u.may(ImprovementProgramme.UPDATE)).orElse(false);
    }

    public static HeatMap heatMap(List<Risk> risks, List<RiskBand> bands, boolean target) {
        int[][] cells = new int[5][5];
        for (Risk r : risks) {
            Integer c = target ? r.targetConsequence() : Integer.valueOf(r.consequence());
            Integer l = target ? r.targetLikelihood() : Integer.valueOf(r.likelihood());
            if (c != null && l != null) {
                cells[l - 1][c - 1]++;
            }
        }
        return new HeatMap(cells, bands);
    }

    @Transactional
    public Risk create(RiskInput in) {
        CurrentUser user = access.require(ImprovementProgramme.UPDATE, Scope.OWN);
        RiskMatrix matrix = matrix();
        Checked c = check(in, null);
        if (c.priorityId() != null && !user.may(ImprovementProgramme.UPDATE, Scope.ALL)) {
            Priority p = priorities.priority(c.priorityId()).orElseThrow();
            if (!ImprovementProgramme.mayEdit(user, p)) {
                throw new AccessDeniedException("Only the priority's lead links risks to it");
            }
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewed = c.reviewedOn() == null ? today : c.reviewedOn();
        int score = c.consequence() * c.likelihood();
        RiskBand band = matrix.band(score);
        Instant now = clock.instant();
        RiskStore.Row row = new RiskStore.Row(0, store.nextReference(), c.title(), c.description(), c.owner(),
                c.priorityId(), c.consequence(), c.likelihood(), c.targetConsequence(), c.targetLikelihood(),
                c.controls(), c.actions(), reviewed, matrix.nextReview(score, reviewed),
                band.escalate() ? reviewed : null, user.username(), 1);
        long id = store.add(row, now);
        store.addScore(id, reviewed, now, user.username(), c.consequence(), c.likelihood(), score, band.code(),
                c.note() == null ? "Added to the register" : c.note());
        return risk(id);
    }

    /** Re-scores and updates a risk: fields left out keep their values; every new score is kept in the history. */
    @Transactional
    public Risk update(long id, RiskInput in) {
        CurrentUser user = access.require(ImprovementProgramme.UPDATE, Scope.OWN);
        RiskStore.Row old = store.find(id).orElseThrow(() -> new RecordNotFound("Risk " + id));
        if (!mayEdit(user, old.priorityId(), old.createdBy())) {
            throw new AccessDeniedException("Only the risk's owner or the priority's lead changes it");
        }
        Checked c = check(in, old);
        RiskMatrix matrix = matrix();
        LocalDate today = LocalDate.now(clock);
        LocalDate reviewed = c.reviewedOn() == null ? today : c.reviewedOn();
        if (reviewed.isBefore(old.reviewedOn())) {
            throw InvalidInput.of("reviewedOn", "A review cannot be dated before the last one (" + old.reviewedOn() + ")");
        }
        int score = c.consequence() * c.likelihood();
        RiskBand band = matrix.band(score);
        LocalDate escalated = band.escalate() ? (old.escalatedOn() != null ? old.escalatedOn() : reviewed) : null;
        RiskStore.Row row = new RiskStore.Row(id, old.reference(), c.title(), c.description(), c.owner(), c.priorityId(),
                c.consequence(), c.likelihood(), c.targetConsequence(), c.targetLikelihood(), c.controls(), c.actions(),
                reviewed, matrix.nextReview(score, reviewed), escalated, old.createdBy(), old.version());
        if (!store.change(row, old.version())) {
            throw new ConflictingChange("Someone changed this risk meanwhile; read it again");
        }
        store.addScore(id, reviewed, clock.instant(), user.username(), c.consequence(), c.likelihood(), score,
                band.code(), c.note());
        return risk(id);
    }

    private record Checked(String title, String description, String owner, Long priorityId, int consequence,
            int likelihood, Integer targetConsequence, Integer targetLikelihood, String controls, String actions,
            LocalDate reviewedOn, String note) {
    }

    private Checked check(RiskInput in, RiskStore.Row old) {
        if (in == null) {
            throw InvalidInput.of("title", "Send the risk");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String title = in.title() == null && old != null ? old.title()
                : ImprovementProgramme.text(problems, "title", in.title(), 300, true, "the risk");
        String owner = in.owner() == null && old != null ? old.owner()
                : ImprovementProgramme.text(problems, "owner", in.owner(), 200, true, "the risk's owner (a role)");
        String description = in.description() == null && old != null ? old.description()
                : ImprovementProgramme.text(problems, "description", in.description(), 4000, false, "");
        String controls = in.controls() == null && old != null ? old.controls()
                : ImprovementProgramme.text(problems, "controls", in.controls(), 4000, false, "");
        String actions = in.actions() == null && old != null ? old.actions()
                : ImprovementProgramme.text(problems, "actions", in.actions(), 4000, false, "");
        String note = ImprovementProgramme.text(problems, "note", in.note(), 2000, false, "");
        Integer consequence = in.consequence() == null && old != null ? Integer.valueOf(old.consequence()) : in.consequence();
        Integer likelihood = in.likelihood() == null && old != null ? Integer.valueOf(old.likelihood()) : in.likelihood();
        RiskMatrix.rate("consequence", consequence, problems);
        RiskMatrix.rate("likelihood", likelihood, problems);
        Integer tc = in.targetConsequence() == null && old != null ? old.targetConsequence() : in.targetConsequence();
        Integer tl = in.targetLikelihood() == null && old != null ? old.targetLikelihood() : in.targetLikelihood();
        if (tc != null || tl != null) {
            if (tc == null || tl == null) {
                problems.add(new FieldProblem(tc == null ? "targetConsequence" : "targetLikelihood",
                        "Give both the target consequence and the target likelihood, or neither"));
            } else {
                RiskMatrix.rate("targetConsequence", tc, problems);
                RiskMatrix.rate("targetLikelihood", tl, problems);
            }
        }
        Long priorityId = in.priorityId() == null && old != null ? old.priorityId() : in.priorityId();
        if (priorityId != null && priorities.priority(priorityId).isEmpty()) {
            problems.add(new FieldProblem("priorityId", "There is no priority " + priorityId));
        }
        LocalDate reviewedOn = in.reviewedOn();
        if (reviewedOn != null && reviewedOn.isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("reviewedOn", "A review cannot be in the future"));
        }
        ImprovementProgramme.fail(problems);
        return new Checked(title, description, owner, priorityId, consequence, likelihood, tc, tl, controls, actions,
                reviewedOn, note);
    }

    private boolean mayEdit(CurrentUser u, Long priorityId, String createdBy) {
        if (u.may(ImprovementProgramme.UPDATE, Scope.ALL)) {
            return true;
        }
        if (!u.may(ImprovementProgramme.UPDATE, Scope.OWN)) {
            return false;
        }
        if (u.username().equals(createdBy)) {
            return true;
        }
        return priorityId != null && priorities.priority(priorityId).map(p -> ImprovementProgramme.mayEdit(u, p))
                .orElse(false);
    }

    private String createdBy(long id) {
        return store.find(id).map(RiskStore.Row::createdBy).orElse(null);
    }

    static Risk view(RiskStore.Row r, RiskMatrix matrix, LocalDate today, List<RiskScore> history) {
        int score = r.consequence() * r.likelihood();
        RiskBand band = matrix.band(score);
        Integer targetScore = r.targetConsequence() == null || r.targetLikelihood() == null ? null
                : r.targetConsequence() * r.targetLikelihood();
        String targetBand = targetScore == null ? null : matrix.band(targetScore).code();
        return new Risk(r.id(), r.reference(), r.title(), r.description(), r.owner(), r.priorityId(), r.consequence(),
                r.likelihood(), score, band.code(), band.label(), band.colour(), r.targetConsequence(),
                r.targetLikelihood(), targetScore, targetBand, r.controls(), r.actions(), r.reviewedOn(),
                r.nextReviewOn(), r.nextReviewOn().isBefore(today), r.escalatedOn() != null, r.escalatedOn(),
                r.version(), history);
    }
}
