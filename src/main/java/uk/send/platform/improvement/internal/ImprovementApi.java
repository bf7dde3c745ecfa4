package uk.send.platform.improvement.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.improvement.BoardReports;
import uk.send.platform.improvement.BoardReports.BoardReport;
import uk.send.platform.improvement.Improvement.ChangeRequest;
import uk.send.platform.improvement.Improvement.Decision;
import uk.send.platform.improvement.Improvement.Measure;
import uk.send.platform.improvement.Improvement.MeasureInput;
import uk.send.platform.improvement.Improvement.MeasureValueInput;
import uk.send.platform.improvement.Improvement.Milestone;
import uk.send.platform.improvement.Improvement.MilestoneDetail;
import uk.send.platform.improvement.Improvement.MilestoneUpdate;
import uk.send.platform.improvement.Improvement.MonthlyUpdate;
import uk.send.platform.improvement.Improvement.NewChangeRequest;
import uk.send.platform.improvement.Improvement.NewMilestone;
import uk.send.platform.improvement.Improvement.NewPlan;
import uk.send.platform.improvement.Improvement.NewPriority;
import uk.send.platform.improvement.Improvement.Plan;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.improvement.Improvement.UpdateInput;
import uk.send.platform.improvement.ImprovementProgramme;
import uk.send.platform.kernel.Paged;

/** The improvement programme over JSON (api-contract.md, "Improvement programme and risks"). */
@RestController
@RequestMapping("/api/v1/improvement")
@Tag(name = "Improvement programme", description = "Plans, priorities, milestones under change control, measures, board reports")
class ImprovementApi {

    record PlanDetail(long id, String type, String typeLabel, String title, java.time.Instant createdAt,
            String createdBy, List<Priority> priorities) {
    }

    record PriorityDetail(Priority priority, List<Milestone> milestones, List<Measure> measures,
            List<java.time.YearMonth> updateMonths) {
    }

    private final ImprovementProgramme programme;
    private final BoardReports reports;

    ImprovementApi(ImprovementProgramme programme, BoardReports reports) {
        this.programme = programme;
        this.reports = reports;
    }

    @GetMapping("/plans")
    Paged<Plan> plans(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return programme.plans(page, size);
    }

    @PostMapping("/plans")
    ResponseEntity<Plan> createPlan(@RequestBody(required = false) NewPlan in) {
        Plan plan = programme.createPlan(in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/plans/" + plan.id())).body(plan);
    }

    @GetMapping("/plans/{id}")
    PlanDetail plan(@PathVariable long id) {
        Plan p = programme.plan(id);
        return new PlanDetail(p.id(), p.type(), p.typeLabel(), p.title(), p.createdAt(), p.createdBy(),
                programme.priorities(id));
    }

    @PostMapping("/plans/{id}/priorities")
    ResponseEntity<Priority> addPriority(@PathVariable long id, @RequestBody(required = false) NewPriority in) {
        Priority p = programme.addPriority(id, in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/priorities/" + p.id())).body(p);
    }

    @GetMapping("/priorities/{id}")
    PriorityDetail priority(@PathVariable long id) {
        return new PriorityDetail(programme.priority(id), programme.milestones(id), programme.measures(id),
                programme.updateMonths(id));
    }

    @GetMapping("/priorities/{id}/updates/{month}")
    ResponseEntity<MonthlyUpdate> update(@PathVariable long id, @PathVariable String month) {
        MonthlyUpdate u = programme.updateAsAt(id, BoardReports.parseMonth(month));
        return u == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(u);
    }

    @PostMapping("/priorities/{id}/updates")
    ResponseEntity<MonthlyUpdate> saveUpdate(@PathVariable long id, @RequestBody(required = false) UpdateInput in) {
        MonthlyUpdate u = programme.saveUpdate(id, in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/priorities/" + id + "/updates/" + u.month())).body(u);
    }

    @PostMapping("/priorities/{id}/milestones")
    ResponseEntity<Milestone> addMilestone(@PathVariable long id, @RequestBody(required = false) NewMilestone in) {
        Milestone m = programme.addMilestone(id, in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/milestones/" + m.id())).body(m);
    }

    @GetMapping("/milestones/{id}")
    MilestoneDetail milestone(@PathVariable long id) {
        return programme.milestone(id);
    }

    @PutMapping("/milestones/{id}")
    MilestoneDetail updateMilestone(@PathVariable long id, @RequestBody(required = false) MilestoneUpdate in) {
        return programme.updateMilestone(id, in);
    }

    @PostMapping("/milestones/{id}/change-requests")
    ResponseEntity<ChangeRequest> requestChange(@PathVariable long id, @RequestBody(required = false) NewChangeRequest in) {
        ChangeRequest r = programme.requestChange(id, in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/change-requests/" + r.id())).body(r);
    }

    @GetMapping("/change-requests")
    Paged<ChangeRequest> pending(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return programme.pendingChangeRequests(page, size);
    }

    @GetMapping("/change-requests/{id}")
    ChangeRequest changeRequest(@PathVariable long id) {
        return programme.changeRequest(id);
    }

    @PostMapping("/change-requests/{id}/decision")
    ChangeRequest decide(@PathVariable long id, @RequestBody(required = false) Decision in) {
        return programme.decide(id, in);
    }

    @PostMapping("/priorities/{id}/measures")
    ResponseEntity<Measure> addMeasure(@PathVariable long id, @RequestBody(required = false) MeasureInput in) {
        Measure m = programme.addMeasure(id, in);
        return ResponseEntity.created(URI.create("/api/v1/improvement/measures/" + m.id())).body(m);
    }

    @GetMapping("/measures/{id}")
    BoardReports.MeasureReport measure(@PathVariable long id, @RequestParam(required = false) String month) {
        Measure m = programme.measure(id);
        return reports.measure(m, month == null ? java.time.YearMonth.now() : BoardReports.parseMonth(month));
    }

    @PostMapping("/measures/{id}/values")
    ResponseEntity<Void> recordValue(@PathVariable long id, @RequestBody(required = false) MeasureValueInput in) {
        programme.recordValue(id, in);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/plans/{id}/reports")
    List<Map<String, Object>> issued(@PathVariable long id) {
        return reports.issued(id).stream().<Map<String, Object>>map(i -> Map.of("month", i.month().toString(),
                "issuedAt", i.issuedAt().toString(), "issuedBy", i.issuedBy())).toList();
    }

    /** JSON, or the PDF with Accept: application/pdf or the suffix .pdf. */
    @GetMapping("/plans/{id}/reports/{month}")
    ResponseEntity<?> report(@PathVariable long id, @PathVariable String month,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        boolean pdf = month.endsWith(".pdf") || (accept != null && accept.contains(MediaType.APPLICATION_PDF_VALUE)
                && !accept.contains(MediaType.APPLICATION_JSON_VALUE));
        var ym = BoardReports.parseMonth(month.endsWith(".pdf") ? month.substring(0, month.length() - 4) : month);
        if (pdf) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"board-report-" + ym + ".pdf\"")
                    .body(reports.pdf(id, ym));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(reports.report(id, ym));
    }

    @PostMapping("/plans/{id}/reports/{month}/issue")
    ResponseEntity<BoardReport> issue(@PathVariable long id, @PathVariable String month) {
        var ym = BoardReports.parseMonth(month);
        BoardReport r = reports.issue(id, ym);
        return ResponseEntity.created(URI.create("/api/v1/improvement/plans/" + id + "/reports/" + ym)).body(r);
    }
}
