package uk.send.platform.advice.internal;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.send.platform.documents.Downloads;
import uk.send.platform.kernel.Paged;

/** Advice performance over JSON: the month's figures, the requests behind them, the monthly reports. */
@RestController
@RequestMapping("/api/v1/advice")
@Tag(name = "Advice performance", description = "Timeliness of advice per partner service and month (reg 8(1))")
class PerformanceApi {

    private final AdvicePerformance performance;
    private final PerformanceView view;
    private final MonthlyReports reports;
    private final AdviceClock clock;

    PerformanceApi(AdvicePerformance performance, PerformanceView view, MonthlyReports reports, AdviceClock clock) {
        this.performance = performance;
        this.view = view;
        this.reports = reports;
        this.clock = clock;
    }

    /** Per visible service (and in total, for dashboard readers); month YYYY-MM, last month by default. */
    @GetMapping("/performance")
    List<ServiceMonth> month(@RequestParam(required = false) String month) {
        return performance.month(Months.parse(month, clock.today()));
    }

    @GetMapping("/performance/{month}/{service}/requests")
    List<PerformanceExport.RecordLine> requests(@PathVariable String month, @PathVariable String service) {
        return view.lines(Months.parse(month, clock.today()), service);
    }

    @GetMapping("/reports")
    Paged<StoredReport> reports(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return reports.list(page, size);
    }

    /** Generates (again) and stores a service's monthly report: {"service": "community-paediatrics", "month": "2026-10"}. */
    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StoredReport> generate(@RequestBody Map<String, String> body) {
        StoredReport report = reports.generate(body.get("service"), Months.parse(body.get("month"), clock.today()));
        return ResponseEntity.created(URI.create("/api/v1/advice/reports/" + report.id())).body(report);
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        StoredReport report = reports.find(id);
        return Downloads.attachedPdf(reports.pdf(id), report.fileName());
    }
}
