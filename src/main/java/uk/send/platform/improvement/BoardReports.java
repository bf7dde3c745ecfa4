package uk.send.platform.improvement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.access.Scope;
import uk.send.platform.documents.PdfDocuments;
import uk.send.platform.improvement.Improvement.Barrier;
import uk.send.platform.improvement.Improvement.Measure;
import uk.send.platform.improvement.Improvement.MeasurePoint;
import uk.send.platform.improvement.Improvement.Milestone;
import uk.send.platform.improvement.Improvement.MilestoneStatus;
import uk.send.platform.improvement.Improvement.MonthlyUpdate;
import uk.send.platform.improvement.Improvement.Plan;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.Rag;
import uk.send.platform.improvement.Improvement.Risk;
import uk.send.platform.improvement.internal.ImprovementStore;
import uk.send.platform.improvement.internal.ReportStore;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.MeasureDefinition;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Period;
import uk.send.platform.insight.TrendPoint;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.RecordNotFound;

/**
 * The monthly board report, in the seeds' structure: a summary of every priority with its headline and rating; per
 * priority the concern, headline, impact, what was achieved, barriers and mitigations, milestone status, measures and
 * next steps; then the risk register and its heat map. A draft is assembled from the live plan; measure values are
 * as at the month's end (live ones through the dashboard's {@link Measures#figure}). Once issued, the report's JSON
 * and PDF are stored and always returned exactly as issued.
 */
@Service
public class BoardReports {

    public static final int TREND_MONTHS = 6;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    public record MeasureReport(long id, String title, String measureKey, boolean live, String definition, String unit,
            String unitSuffix, BigDecimal baseline, YearMonth baselineMonth, BigDecimal target, LocalDate targetOn,
            String source, boolean higherIsBetter, BigDecimal value, Long numerator, Long denominator,
            boolean suppressed, List<MeasurePoint> trend) {
    }

    public record MilestoneCount(String status, String label, long count) {
    }

    public record PriorityReport(long id, String code, String title, String lead, String owningPartner, String concern,
            String theme, String rag, String ragLabel, YearMonth updateMonth, String headline, String impact,
            String achieved, List<Barrier> barriers, List<String> nextSteps, List<Milestone> milestones,
            List<MilestoneCount> milestoneCounts, List<MeasureReport> measures) {
    }

    public record BoardReport(long planId, String planTitle, String planType, String planTypeLabel, String localArea,
            YearMonth month, String monthText, LocalDate asAt, String status, Instant issuedAt, String issuedBy,
            List<PriorityReport> priorities, List<Risk> risks, List<RiskBand> bands, int[][] heatMap,
            int[][] targetHeatMap) {
    }

    private final ImprovementProgramme programme;
    private final ImprovementStore store;
    private final RiskRegister risks;
    private final ReportStore reports;
    private final Measures measures;
    private final PdfDocuments pdf;
    private final AccessControl access;
    private final JsonMapper json;
    private final Clock clock;
    private final LocalArea localArea;

    public BoardReports(ImprovementProgramme programme, ImprovementStore store, RiskRegister risks, ReportStore reports,
            Measures measures, PdfDocuments pdf, AccessControl access, JsonMapper json, Clock clock,
            LocalArea localArea) {
        this.programme = programme;
        this.store = store;
        this.risks = risks;
        this.reports = reports;
        this.measures = measures;
        this.pdf = pdf;
        this.access = access;
        this.json = json;
        this.clock = clock;
        this.localArea = localArea;
    }

    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException | NullPointerException e) {
            throw InvalidInput.of("month", "Give the month as YYYY-MM, for example 2026-11");
        }
    }

    public static String monthText(YearMonth month) {
        return month.format(MONTH);
    }

    /** The issued report for the month, or else a draft assembled now from the live plan. */
    public BoardReport report(long planId, YearMonth month) {
        Plan plan = programme.plan(planId);
        checkMonth(month);
        return reports.body(planId, month).map(this::read).orElseGet(() -> assemble(plan, month));
    }

    /** The PDF: as issued, or rendered from the draft. */
    public byte[] pdf(long planId, YearMonth month) {
        programme.plan(planId);
        checkMonth(month);
        return reports.pdf(planId, month).orElseGet(() -> render(report(planId, month)));
    }

    public List<ReportStore.Issued> issued(long planId) {
        programme.plan(planId);
        return reports.issued(planId);
    }

    /** Issues the month's report (board members and programme managers): frozen from now on. */
    @Transactional
    public BoardReport issue(long planId, YearMonth month) {
        CurrentUser user = access.requireUser();
        if (!user.may(ImprovementProgramme.DECIDE, Scope.ALL) && !user.may(ImprovementProgramme.UPDATE, Scope.ALL)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the board issues its report");
        }
        Plan plan = programme.plan(planId);
        checkMonth(month);
        if (!month.isBefore(YearMonth.now(clock).plusMonths(1))) {
            throw new ConflictingChange(422, "A month's report is issued once the month has begun");
        }
        if (reports.body(planId, month).isPresent()) {
            throw new ConflictingChange("The report for " + monthText(month) + " was already issued; it stays as issued");
        }
        BoardReport draft = assemble(plan, month);
        BoardReport issued = new BoardReport(draft.planId(), draft.planTitle(), draft.planType(), draft.planTypeLabel(),
                draft.localArea(), draft.month(), draft.monthText(), draft.asAt(), "ISSUED", clock.instant(),
                user.displayName(), draft.priorities(), draft.risks(), draft.bands(), draft.heatMap(),
                draft.targetHeatMap());
        reports.store(planId, month, issued.issuedAt(), user.username(), json.writeValueAsString(issued), render(issued));
        return issued;
    }

    public byte[] render(BoardReport report) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("matrix", ReportGrid.of(report));
        model.putAll(labels());
        model.put("issuedText", report.issuedAt() == null ? null
                : DAY.format(report.issuedAt().atZone(clock.getZone()).toLocalDate()));
        return pdf.render("improvement/report-pdf", model);
    }

    /** Words for codes, shared by the page and the PDF. */
    public static Map<String, Object> labels() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (MilestoneStatus s : MilestoneStatus.values()) {
            statuses.put(s.name(), s.label());
        }
        return Map.of("statusLabels", statuses, "consequences", RiskMatrix.CONSEQUENCES, "likelihoods",
                RiskMatrix.LIKELIHOODS);
    }

    private BoardReport read(String body) {
        return json.readValue(body, BoardReport.class);
    }

    private static void checkMonth(YearMonth month) {
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            throw InvalidInput.of("month", "Give a month between 2000 and 2100");
        }
    }

    private BoardReport assemble(Plan plan, YearMonth month) {
        LocalDate asAt = month.atEndOfMonth();
        List<PriorityReport> priorities = new ArrayList<>();
        for (Priority p : store.priorities(plan.id())) {
            MonthlyUpdate u = store.updateAsAt(p.id(), month).orElse(null);
            List<Milestone> milestones = store.milestones(p.id());
            List<MilestoneCount> counts = new ArrayList<>();
            for (MilestoneStatus s : MilestoneStatus.values()) {
                counts.add(new MilestoneCount(s.name(), s.label(),
                        milestones.stream().filter(m -> m.status().equals(s.name())).count()));
            }
            List<MeasureReport> measureReports = store.measures(p.id()).stream().map(m -> measure(m, month)).toList();
            Rag rag = u == null ? null : Rag.valueOf(u.rag());
            priorities.add(new PriorityReport(p.id(), p.code(), p.title(), p.lead(), p.owningPartner(), p.concern(),
                    p.theme(), rag == null ? null : rag.name(), rag == null ? "No update yet" : rag.label(),
                    u == null ? null : u.month(), u == null ? null : u.headline(), u == null ? null : u.impact(),
                    u == null ? null : u.achieved(), u == null ? List.of() : u.barriers(),
                    u == null ? List.of() : u.nextSteps(), milestones, counts, measureReports));
        }
        boolean current = !month.isBefore(YearMonth.now(clock));
        List<Risk> register = current ? risks.all() : risks.asAt(asAt);
        List<RiskBand> bands = risks.matrix().bands();
        return new BoardReport(plan.id(), plan.title(), plan.type(), plan.typeLabel(), localArea.name(), month,
                monthText(month), asAt, "DRAFT", null, null, priorities, register, bands,
                RiskRegister.heatMap(register, bands, false).cells(), RiskRegister.heatMap(register, bands, true).cells());
    }

    /** A measure's value as at the month's end and its trend over the months before, for the report and the page. */
    public MeasureReport measure(Measure m, YearMonth month) {
        YearMonth first = month.minusMonths(TREND_MONTHS - 1L);
        if (m.live()) {
            MeasureDefinition d = measures.definition(m.measureKey());
            Figure f = measures.figure(m.measureKey(), Period.of(month, month), Filter.none());
            List<MeasurePoint> trend = new ArrayList<>();
            for (TrendPoint t : measures.trend(m.measureKey(), month, TREND_MONTHS, Filter.none())) {
                Figure tf = t.figure();
                trend.add(new MeasurePoint(t.month(), tf.value(), tf.numerator(), tf.denominator(), tf.suppressed()));
            }
            return new MeasureReport(m.id(), m.title(), m.measureKey(), true, d.definition(), d.unit().name(),
                    d.unit().suffix(), m.baseline(), m.baselineMonth(), m.target(), m.targetOn(), m.source(),
                    d.higherIsBetter() == null ? m.higherIsBetter() : d.higherIsBetter(), f.value(), f.numerator(),
                    f.denominator(), f.suppressed(), trend);
        }
        List<MeasurePoint> recorded = store.values(m.id(), first, month);
        List<MeasurePoint> trend = new ArrayList<>();
        for (YearMonth ym = first; !ym.isAfter(month); ym = ym.plusMonths(1)) {
            YearMonth at = ym;
            trend.add(recorded.stream().filter(p -> p.month().equals(at)).findFirst()
                    .orElse(new MeasurePoint(at, null, null, null, false)));
        }
        MeasurePoint latest = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        String suffix = switch (m.unit()) {
            case "PERCENT" -> "%";
            case "WEEKS" -> " weeks";
            default -> "";
        };
        return new MeasureReport(m.id(), m.title(), null, false, null, m.unit(), suffix, m.baseline(), m.baselineMonth(),
                m.target(), m.targetOn(), m.source(), m.higherIsBetter(), latest == null ? null : latest.value(), null,
                null, false, trend);
    }

    /** The heat map grids of a report laid out for a template: rows likelihood 5 down to 1. */
    public record ReportGrid(List<GridRow> current, List<GridRow> target) {

        public record GridCell(int consequence, int likelihood, int score, int count, String colour) {
        }

        public record GridRow(int likelihood, String label, List<GridCell> cells) {
        }

        public static ReportGrid of(BoardReport r) {
            return new ReportGrid(rows(r.heatMap(), r.bands()), rows(r.targetHeatMap(), r.bands()));
        }

        public static List<GridRow> rows(int[][] cells, List<RiskBand> bands) {
            List<GridRow> rows = new ArrayList<>();
            for (int l = 5; l >= 1; l--) {
                List<GridCell> row = new ArrayList<>();
                for (int c = 1; c <= 5; c++) {
                    int score = c * l;
                    String colour = bands.stream().filter(b -> b.covers(score)).map(RiskBand::colour).findFirst()
                            .orElse("green");
                    row.add(new GridCell(c, l, score, cells[l - 1][c - 1], colour));
                }
                rows.add(new GridRow(l, RiskMatrix.LIKELIHOODS.get(l - 1), row));
            }
            return rows;
        }
    }
}
