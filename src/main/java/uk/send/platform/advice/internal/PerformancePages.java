package uk.send.platform.advice.internal;

import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import uk.send.platform.insight.Figure;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Period;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.documents.Downloads;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.InvalidInput;

/** Advice performance per service and month, its exports, and the stored monthly reports. */
@Controller
@RequestMapping("/advice")
class PerformancePages {

    /** Months in words on the page, "October 2026", never "2026-10". */
    private static final java.time.format.DateTimeFormatter MONTH =
            java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK);

    private final AdvicePerformance performance;
    private final PerformanceView view;
    private final MonthlyReports reports;
    private final AdviceClock clock;
    private final Measures measures;

    PerformancePages(AdvicePerformance performance, PerformanceView view, MonthlyReports reports, AdviceClock clock,
            Measures measures) {
        this.performance = performance;
        this.view = view;
        this.reports = reports;
        this.clock = clock;
        this.measures = measures;
    }

    @GetMapping("/performance")
    String performance(@RequestParam(required = false) String month, Model model) {
        YearMonth m = Months.parse(month, clock.today());
        model.addAttribute("month", m);
        model.addAttribute("monthText", Dates.format(m));
        model.addAttribute("previous", m.minusMonths(1));
        model.addAttribute("next", m.isBefore(YearMonth.from(clock.today())) ? m.plusMonths(1) : null);
        model.addAttribute("previousLabel", MONTH.format(m.minusMonths(1)));
        model.addAttribute("nextLabel", MONTH.format(m.plusMonths(1)));
        List<ServiceMonth> rows = performance.month(m);
        model.addAttribute("rows", rows);
        model.addAttribute("asOf", Dates.format(clock.today()));
        model.addAttribute("dueFigure", TimelinessFigure.DUE_IN_MONTH);
        rows.stream().filter(r -> r.serviceCode().equals(AdvicePerformance.ALL_CODE)).findFirst()
                .ifPresent(total -> model.addAttribute("total", total));
        if (performance.seesEveryService()) {
            model.addAttribute("measureFigure", TimelinessFigure.RECEIVED_OR_OVERDUE);
            Figure figure = measures.figure(TimelinessFigure.RECEIVED_OR_OVERDUE.key(), Period.of(m, m), Filter.none());
            model.addAttribute("measure", figure);
            model.addAttribute("measureText", headline(figure));
        }
        return "advice/performance";
    }

    /** "74 of 348 (21.3%)", from the dashboard's figure: insight counts it, advice only shows it. */
    static String headline(Figure figure) {
        if (figure.suppressed()) {
            return Figure.SUPPRESSED_TEXT;
        }
        if (figure.numerator() == null || figure.denominator() == null) {
            return "No figure";
        }
        return figure.numerator() + " of " + figure.denominator() + " ("
                + Percent.text(figure.numerator(), figure.denominator(), "nothing to measure") + ")";
    }

    @GetMapping("/performance/{month}/{service}")
    String service(@PathVariable String month, @PathVariable String service, Model model) {
        YearMonth m = Months.parse(month, clock.today());
        List<ServiceMonth> rows = performance.month(m).stream().filter(r -> r.serviceCode().equals(service)).toList();
        if (rows.isEmpty()) {
            throw new uk.send.platform.kernel.RecordNotFound("Service " + service);
        }
        model.addAttribute("month", m);
        model.addAttribute("monthText", Dates.format(m));
        model.addAttribute("row", rows.get(0));
        boolean mayList = performance.visibleServices().stream().filter(s -> s.code().equals(service))
                .anyMatch(performance::mayListRecords);
        model.addAttribute("mayListRecords", mayList);
        model.addAttribute("lines", mayList ? view.lines(m, service) : List.of());
        return "advice/performance-service";
    }

    @GetMapping("/performance/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String month,
            @RequestParam(defaultValue = "csv") String format) {
        YearMonth m = Months.parse(month, clock.today());
        List<ServiceMonth> rows = performance.month(m);
        String name = "advice-performance-" + m;
        return switch (format) {
            case "csv" -> Downloads.csv(PerformanceExport.figures(rows), name);
            case "xlsx" -> Downloads.xlsx(
                    List.of(PerformanceExport.figures(rows), PerformanceExport.requests(view.lines(m)),
                            PerformanceExport.definitions()), name);
            default -> throw InvalidInput.of("format", "Choose csv or xlsx");
        };
    }

    @GetMapping("/reports")
    String reports(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("reports", reports.list(Math.max(0, page), 25));
        model.addAttribute("services", Choices.of(performance.visibleServices(), PartnerService::code, PartnerService::name));
        model.addAttribute("lastMonth", YearMonth.from(clock.today()).minusMonths(1));
        return "advice/reports";
    }

    @PostMapping("/reports")
    String generate(@RequestParam(required = false) String service, @RequestParam(required = false) String month,
            RedirectAttributes flash) {
        try {
            StoredReport report = reports.generate(service, Months.parse(month, clock.today()));
            flash.addFlashAttribute("banner", "The report for " + report.serviceName() + ", " + report.monthText()
                    + " has been generated");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/advice/reports";
    }

    @GetMapping("/reports/{id}")
    ResponseEntity<byte[]> report(@PathVariable long id) {
        StoredReport report = reports.find(id);
        return Downloads.inlinePdf(reports.pdf(id), report.fileName());
    }
}
