package uk.send.platform.improvement.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.improvement.BoardReports;
import uk.send.platform.improvement.BoardReports.BoardReport;
import uk.send.platform.improvement.BoardReports.MeasureReport;
import uk.send.platform.improvement.Improvement.Barrier;
import uk.send.platform.improvement.Improvement.ChangeRequest;
import uk.send.platform.improvement.Improvement.Decision;
import uk.send.platform.improvement.Improvement.MilestoneDetail;
import uk.send.platform.improvement.Improvement.MilestoneStatus;
import uk.send.platform.improvement.Improvement.MilestoneUpdate;
import uk.send.platform.improvement.Improvement.MonthlyUpdate;
import uk.send.platform.improvement.Improvement.NewChangeRequest;
import uk.send.platform.improvement.Improvement.NewMilestone;
import uk.send.platform.improvement.Improvement.NewPlan;
import uk.send.platform.improvement.Improvement.Plan;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.Rag;
import uk.send.platform.improvement.Improvement.Risk;
import uk.send.platform.improvement.Improvement.RiskInput;
import uk.send.platform.improvement.ImprovementProgramme;
import uk.send.platform.improvement.RiskMatrix;
import uk.send.platform.improvement.RiskRegister;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/** The improvement programme's pages (POST-redirect-GET, GOV.UK error summaries, no JavaScript needed). */
@Controller
@RequestMapping("/improvement")
class ImprovementPages {

    private final ImprovementProgramme programme;
    private final RiskRegister risks;
    private final BoardReports reports;
    private final Clock clock;

    ImprovementPages(ImprovementProgramme programme, RiskRegister risks, BoardReports reports, Clock clock) {
        this.programme = programme;
        this.risks = risks;
        this.reports = reports;
        this.clock = clock;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("words")
    Words words() {
        return new Words(clock);
    }

    // Plans

    @GetMapping
    String plans(Model model) {
        model.addAttribute("plans", programme.plans(0, 50).items());
        model.addAttribute("pending", programme.pendingChangeRequests(0, 1).total());
        model.addAttribute("mayCreate", programme.mayCreate());
        model.addAttribute("types", Choices.of(uk.send.platform.improvement.Improvement.PlanType.values(),
                uk.send.platform.improvement.Improvement.PlanType::label));
        model.addAttribute("errors", model.getAttribute("errors") == null ? Map.of() : model.getAttribute("errors"));
        model.addAttribute("values", model.getAttribute("values") == null ? Map.of() : model.getAttribute("values"));
        return "improvement/plans";
    }

    @PostMapping("/plans")
    String createPlan(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Plan p = programme.createPlan(new NewPlan(form.get("type"), form.get("title")));
            flash.addFlashAttribute("banner", "The plan " + p.title() + " has been added");
            return "redirect:/improvement/plans/" + p.id();
        } catch (InvalidInput e) {
            flash.addFlashAttribute("errors", errors(e));
            flash.addFlashAttribute("values", form);
            return "redirect:/improvement";
        }
    }

    @GetMapping("/plans/{id}")
    String plan(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        Plan plan = programme.plan(id);
        YearMonth ym = month == null ? YearMonth.now(clock) : BoardReports.parseMonth(month);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Priority p : programme.priorities(id)) {
            MonthlyUpdate u = programme.updateAsAt(p.id(), ym);
            Map<String, Object> row = new HashMap<>();
            row.put("priority", p);
            row.put("update", u);
            row.put("rag", u == null ? null : Rag.valueOf(u.rag()));
            rows.add(row);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("rows", rows);
        model.addAttribute("month", ym);
        model.addAttribute("monthText", BoardReports.monthText(ym));
        model.addAttribute("issued", reports.issued(id));
        model.addAttribute("reportMonths", reportMonths());
        model.addAttribute("mayCreate", programme.mayCreate());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("values", Map.of());
        }
        return "improvement/plan";
    }

    @PostMapping("/plans/{id}/priorities")
    String addPriority(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        try {
            Priority p = programme.addPriority(id, new uk.send.platform.improvement.Improvement.NewPriority(
                    form.get("code"), form.get("title"), form.get("lead"), null, form.get("owningPartner"),
                    form.get("concern"), form.get("theme")));
            flash.addFlashAttribute("banner", "Priority " + p.code() + " has been added");
            return "redirect:/improvement/priorities/" + p.id();
        } catch (InvalidInput e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("values", form);
            return plan(id, null, model);
        }
    }

    // Priorities

    @GetMapping("/priorities/{id}")
    String priority(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        Priority p = programme.priority(id);
        YearMonth ym = month == null ? YearMonth.now(clock) : BoardReports.parseMonth(month);
        MonthlyUpdate u = programme.updateAsAt(id, ym);
        List<Map<String, Object>> measures = new ArrayList<>();
        int i = 0;
        for (var m : programme.measures(id)) {
            MeasureReport r = reports.measure(m, ym);
            measures.add(Map.of("m", r, "svg", MeasureChart.svg("measure-" + (++i), r)));
        }
        model.addAttribute("plan", programme.plan(p.planId()));
        model.addAttribute("priority", p);
        model.addAttribute("update", u);
        model.addAttribute("rag", u == null ? null : Rag.valueOf(u.rag()));
        model.addAttribute("milestones", programme.milestones(id));
        model.addAttribute("measures", measures);
        model.addAttribute("month", ym);
        model.addAttribute("monthText", BoardReports.monthText(ym));
        model.addAttribute("updateMonths", programme.updateMonths(id));
        model.addAttribute("mayEdit", programme.mayEdit(p));
        model.addAttribute("valueMonths", reportMonths());
        model.addAllAttributes(BoardReports.labels());
        return "improvement/priority";
    }

    @GetMapping("/priorities/{id}/update")
    String updateForm(@PathVariable long id, @RequestParam(required = false) String month, Model model) {
        Priority p = programme.priority(id);
        YearMonth ym = month == null ? YearMonth.now(clock) : BoardReports.parseMonth(month);
        MonthlyUpdate u = programme.updateAsAt(id, ym);
        Map<String, String> values = new HashMap<>();
        values.put("month", ym.toString());
        if (u != null) {
            values.put("rag", u.rag());
            values.put("headline", u.headline());
            values.put("impact", u.impact());
            values.put("achieved", u.achieved());
            values.put("nextSteps", String.join("\n", u.nextSteps()));
            for (int b = 0; b < u.barriers().size() && b < 3; b++) {
                values.put("barrier" + b, u.barriers().get(b).barrier());
                values.put("mitigation" + b, u.barriers().get(b).mitigation());
            }
        }
        return updatePage(model, p, values, Map.of());
    }

    @PostMapping("/priorities/{id}/update")
    String saveUpdate(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        Priority p = programme.priority(id);
        List<Barrier> barriers = new ArrayList<>();
        for (int b = 0; b < 3; b++) {
            barriers.add(new Barrier(form.get("barrier" + b), form.get("mitigation" + b)));
        }
        String steps = form.getOrDefault("nextSteps", "");
        try {
            var u = programme.saveUpdate(id, new uk.send.platform.improvement.Improvement.UpdateInput(form.get("month"),
                    form.get("rag"), form.get("headline"), form.get("impact"), form.get("achieved"), barriers,
                    List.of(steps.split("\\R"))));
            flash.addFlashAttribute("banner", "The update for " + BoardReports.monthText(u.month()) + " has been saved");
            return "redirect:/improvement/priorities/" + id + "?month=" + u.month();
        } catch (InvalidInput e) {
            return updatePage(model, p, form, errors(e));
        }
    }

    private String updatePage(Model model, Priority p, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("priority", p);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("rags", Choices.of(Rag.values(), Rag::label));
        model.addAttribute("months", reportMonths());
        return "improvement/update";
    }

    // Measures

    @GetMapping("/priorities/{id}/measures/new")
    String measureForm(@PathVariable long id, Model model) {
        return measurePage(model, programme.priority(id), Map.of(), Map.of());
    }

    @PostMapping("/priorities/{id}/measures")
    String addMeasure(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        java.math.BigDecimal baseline = decimal(form, "baseline", errors);
        java.math.BigDecimal target = decimal(form, "target", errors);
        LocalDate targetOn = date(form, "targetOn", errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(List.of());
            }
            String direction = form.get("direction");
            var m = programme.addMeasure(id, new uk.send.platform.improvement.Improvement.MeasureInput(form.get("title"),
                    form.get("measureKey"), form.get("unit"), baseline, form.get("baselineMonth"), target, targetOn,
                    form.get("source"), direction == null || direction.isBlank() ? null : "HIGHER".equals(direction)));
            flash.addFlashAttribute("banner", "The measure " + m.title() + " has been added");
            return "redirect:/improvement/priorities/" + id;
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            return measurePage(model, programme.priority(id), form, errors);
        }
    }

    private String measurePage(Model model, Priority p, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("priority", p);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("dashboard", programme.dashboardMeasures());
        model.addAttribute("units", Map.of("PERCENT", "Percentage", "COUNT", "Number", "WEEKS", "Weeks"));
        model.addAttribute("directions", Map.of("HIGHER", "Higher is better", "LOWER", "Lower is better"));
        model.addAttribute("months", reportMonths());
        return "improvement/measure-new";
    }

    @PostMapping("/measures/{id}/values")
    String recordValue(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        var m = programme.measure(id);
        Map<String, String> errors = new LinkedHashMap<>();
        java.math.BigDecimal value = decimal(form, "value", errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(List.of());
            }
            programme.recordValue(id, new uk.send.platform.improvement.Improvement.MeasureValueInput(form.get("month"), value));
            flash.addFlashAttribute("banner", "The value for " + m.title() + " has been recorded");
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            if (value == null && !errors.containsKey("value")) {
                errors.put("value", "Enter the value for the month");
            }
            flash.addFlashAttribute("problem", m.title() + ": " + errors.values().iterator().next());
        }
        return "redirect:/improvement/priorities/" + m.priorityId();
    }

    private static java.math.BigDecimal decimal(Map<String, String> form, String field, Map<String, String> errors) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(v.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            errors.put(field, "Enter a number, such as 28 or 31.5");
            return null;
        }
    }

    // Milestones

    @GetMapping("/priorities/{id}/milestones/new")
    String milestoneForm(@PathVariable long id, Model model) {
        model.addAttribute("priority", programme.priority(id));
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "improvement/milestone-new";
    }

    @PostMapping("/priorities/{id}/milestones")
    String addMilestone(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = date(form, "dueOn", errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(List.of());
            }
            var m = programme.addMilestone(id, new NewMilestone(form.get("code"), form.get("title"), form.get("owner"), due));
            flash.addFlashAttribute("banner", "Milestone " + m.code() + " has been added");
            return "redirect:/improvement/milestones/" + m.id();
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            if (due == null && !errors.containsKey("dueOn")) {
                errors.put("dueOn", "Enter the date the milestone is due");
            }
            model.addAttribute("priority", programme.priority(id));
            model.addAttribute("values", form);
            model.addAttribute("errors", errors);
            return "improvement/milestone-new";
        }
    }

    @GetMapping("/milestones/{id}")
    String milestone(@PathVariable long id, Model model) {
        return milestonePage(id, model, Map.of(), Map.of());
    }

    private String milestonePage(long id, Model model, Map<String, String> values, Map<String, String> errors) {
        MilestoneDetail m = programme.milestone(id);
        Priority p = programme.priority(m.priorityId());
        model.addAttribute("milestone", m);
        model.addAttribute("priority", p);
        model.addAttribute("mayEdit", programme.mayEdit(p));
        model.addAttribute("mayDecide", programme.mayDecide());
        model.addAttribute("pending", m.changeRequests().stream().filter(r -> r.status().equals("PENDING")).findFirst()
                .orElse(null));
        model.addAttribute("statuses", Choices.of(MilestoneStatus.values(), MilestoneStatus::label));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAllAttributes(BoardReports.labels());
        model.addAttribute("changeLabels", Map.of("CREATED", "Added", "STATUS", "Status", "OWNER", "Owner", "NOTE",
                "Progress note", "CHANGE_REQUESTED", "Change requested", "DUE_DATE", "Due date moved", "SCOPE",
                "Scope changed", "CHANGE_REFUSED", "Change refused"));
        return "improvement/milestone";
    }

    @PostMapping("/milestones/{id}")
    String updateMilestone(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        try {
            programme.updateMilestone(id, new MilestoneUpdate(form.get("status"), null, form.get("note"), null, null, null));
            flash.addFlashAttribute("banner", "The milestone has been updated");
            return "redirect:/improvement/milestones/" + id;
        } catch (InvalidInput e) {
            return milestonePage(id, model, form, errors(e));
        }
    }

    @PostMapping("/milestones/{id}/change-requests")
    String requestChange(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate due = date(form, "dueOn", errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInput(List.of());
            }
            programme.requestChange(id, new NewChangeRequest(due, null, form.get("reason")));
            flash.addFlashAttribute("banner", "The change has been sent to the board for a decision");
            return "redirect:/improvement/milestones/" + id;
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            return milestonePage(id, model, form, errors);
        } catch (ConflictingChange e) {
            return milestonePage(id, model, form, Map.of("reason", e.getMessage()));
        }
    }

    @GetMapping("/change-requests")
    String changeRequests(Model model) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ChangeRequest r : programme.pendingChangeRequests(0, 50).items()) {
            MilestoneDetail m = programme.milestone(r.milestoneId());
            rows.add(Map.of("request", r, "milestone", m, "priority", programme.priority(m.priorityId())));
        }
        model.addAttribute("rows", rows);
        return "improvement/change-requests";
    }

    @PostMapping("/change-requests/{id}/decision")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        ChangeRequest r = programme.changeRequest(id);
        try {
            ChangeRequest d = programme.decide(id, new Decision(form.get("decision"), form.get("decisionReason")));
            flash.addFlashAttribute("banner", "The change request has been " + d.status().toLowerCase());
            return "redirect:/improvement/milestones/" + r.milestoneId();
        } catch (InvalidInput e) {
            Map<String, String> errors = errors(e);
            if (errors.containsKey("reason")) {
                errors.put("decisionReason", errors.remove("reason"));
            }
            return milestonePage(r.milestoneId(), model, Map.of("decisionReason", form.getOrDefault("decisionReason", "")), errors);
        }
    }

    // Risks

    @GetMapping("/risks")
    String risks(Model model) {
        List<Risk> all = risks.all();
        var bands = risks.matrix().bands();
        model.addAttribute("risks", all);
        model.addAttribute("bands", bands);
        model.addAttribute("current", BoardReports.ReportGrid.rows(RiskRegister.heatMap(all, bands, false).cells(), bands));
        model.addAttribute("target", BoardReports.ReportGrid.rows(RiskRegister.heatMap(all, bands, true).cells(), bands));
        model.addAttribute("mayCreate", risks.mayCreate());
        model.addAllAttributes(BoardReports.labels());
        return "improvement/risks";
    }

    @GetMapping("/risks/new")
    String riskForm(Model model) {
        return riskFormPage(model, null, Map.of(), Map.of());
    }

    @PostMapping("/risks")
    String createRisk(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Risk r = risks.create(riskInput(form, errors));
            flash.addFlashAttribute("banner", "Risk " + r.reference() + " has been added to the register");
            return "redirect:/improvement/risks/" + r.id();
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            return riskFormPage(model, null, form, errors);
        }
    }

    @GetMapping("/risks/{id}")
    String risk(@PathVariable long id, Model model) {
        Risk r = risks.risk(id);
        model.addAttribute("risk", r);
        model.addAttribute("priority", r.priorityId() == null ? null : programme.priority(r.priorityId()));
        model.addAttribute("mayEdit", risks.mayEdit(r));
        model.addAllAttributes(BoardReports.labels());
        return "improvement/risk";
    }

    @GetMapping("/risks/{id}/review")
    String reviewForm(@PathVariable long id, Model model) {
        Risk r = risks.risk(id);
        Map<String, String> values = new HashMap<>();
        values.put("consequence", String.valueOf(r.consequence()));
        values.put("likelihood", String.valueOf(r.likelihood()));
        values.put("controls", r.controls());
        values.put("actions", r.actions());
        return riskFormPage(model, r, values, Map.of());
    }

    @PostMapping("/risks/{id}")
    String reviewRisk(@PathVariable long id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        Risk r = risks.risk(id);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            RiskInput in = riskInput(form, errors);
            risks.update(id, new RiskInput(null, null, null, null, in.consequence(), in.likelihood(), null, null,
                    in.controls(), in.actions(), null, in.note()));
            flash.addFlashAttribute("banner", "Risk " + r.reference() + " has been reviewed");
            return "redirect:/improvement/risks/" + id;
        } catch (InvalidInput e) {
            errors.putAll(errors(e));
            return riskFormPage(model, r, form, errors);
        }
    }

    private String riskFormPage(Model model, Risk risk, Map<String, String> values, Map<String, String> errors) {
        model.addAttribute("risk", risk);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        Map<String, String> c = new LinkedHashMap<>();
        Map<String, String> l = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            c.put(String.valueOf(i), i + ": " + RiskMatrix.CONSEQUENCES.get(i - 1));
            l.put(String.valueOf(i), i + ": " + RiskMatrix.LIKELIHOODS.get(i - 1));
        }
        model.addAttribute("consequenceOptions", c);
        model.addAttribute("likelihoodOptions", l);
        return "improvement/risk-form";
    }

    private static RiskInput riskInput(Map<String, String> form, Map<String, String> errors) {
        Integer c = number(form, "consequence", errors);
        Integer l = number(form, "likelihood", errors);
        Integer tc = number(form, "targetConsequence", errors);
        Integer tl = number(form, "targetLikelihood", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(List.of());
        }
        return new RiskInput(form.get("title"), form.get("description"), form.get("owner"), null, c, l, tc, tl,
                form.get("controls"), form.get("actions"), null, form.get("note"));
    }

    // Board reports

    @GetMapping("/plans/{id}/reports/{month}")
    Object report(@PathVariable long id, @PathVariable String month, Model model) {
        if (month.endsWith(".pdf")) {
            YearMonth ym = BoardReports.parseMonth(month.substring(0, month.length() - 4));
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"board-report-" + ym + ".pdf\"")
                    .body(reports.pdf(id, ym));
        }
        BoardReport r = reports.report(id, BoardReports.parseMonth(month));
        model.addAttribute("report", r);
        model.addAttribute("matrix", BoardReports.ReportGrid.of(r));
        List<Map<String, Object>> charts = new ArrayList<>();
        int i = 0;
        for (var p : r.priorities()) {
            List<Map<String, Object>> ms = new ArrayList<>();
            for (MeasureReport m : p.measures()) {
                ms.add(Map.of("m", m, "svg", MeasureChart.svg("chart-" + (++i), m)));
            }
            charts.add(Map.of("p", p, "measures", ms));
        }
        model.addAttribute("sections", charts);
        model.addAttribute("mayIssue", programme.mayDecide());
        model.addAttribute("issuable", YearMonth.now(clock).compareTo(r.month()) >= 0);
        model.addAttribute("issuedText", r.issuedAt() == null ? null
                : java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                        .format(r.issuedAt().atZone(clock.getZone())));
        model.addAllAttributes(BoardReports.labels());
        return "improvement/report";
    }

    @PostMapping("/plans/{id}/reports/{month}/issue")
    String issue(@PathVariable long id, @PathVariable String month, RedirectAttributes flash) {
        YearMonth ym = BoardReports.parseMonth(month);
        try {
            reports.issue(id, ym);
            flash.addFlashAttribute("banner", "The report for " + BoardReports.monthText(ym) + " has been issued");
        } catch (ConflictingChange e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/improvement/plans/" + id + "/reports/" + ym;
    }

    // Helpers

    private Map<String, String> reportMonths() {
        Map<String, String> months = new LinkedHashMap<>();
        YearMonth now = YearMonth.now(clock);
        for (int i = 0; i < 12; i++) {
            YearMonth m = now.minusMonths(i);
            months.put(m.toString(), BoardReports.monthText(m));
        }
        return months;
    }

    static Map<String, String> errors(InvalidInput e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldProblem p : e.problems()) {
            String field = p.field().startsWith("barriers[") ? "barrier" + p.field().charAt(9) : p.field();
            errors.putIfAbsent(field, p.message());
        }
        return errors;
    }

    private static Integer number(Map<String, String> form, String field, Map<String, String> errors) {
        String v = form.get(field);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            errors.put(field, "Choose a number from 1 to 5");
            return null;
        }
    }

    private static LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
        String d = form.getOrDefault(field + "Day", "").strip();
        String m = form.getOrDefault(field + "Month", "").strip();
        String y = form.getOrDefault(field + "Year", "").strip();
        if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            errors.put(field, "Enter a real date, for example 31 3 2027");
            return null;
        }
    }
}
