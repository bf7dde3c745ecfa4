package uk.send.platform.health.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.health.AnnualHealthChecks;
import uk.send.platform.health.HealthCheckImport;
import uk.send.platform.kernel.InvalidInput;

/** The annual health checks page: uptake per financial year and practice, and the CSV import. */
@Controller
@RequestMapping("/health/annual-health-checks")
class HealthChecksPages {

    private final AnnualHealthChecks checks;
    private final AccessControl access;

    HealthChecksPages(AnnualHealthChecks checks, AccessControl access) {
        this.checks = checks;
        this.access = access;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        return show(year == null ? checks.currentFinancialYear() : year, model);
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes flash) throws IOException {
        try {
            HealthCheckImport done = checks.importCsv(file == null || file.isEmpty() ? null : file.getBytes());
            flash.addFlashAttribute("banner", done.rows() + (done.rows() == 1 ? " row" : " rows") + " imported for "
                    + done.practices() + (done.practices() == 1 ? " practice" : " practices") + ", "
                    + HealthDates.month(java.time.YearMonth.from(done.firstMonth())) + " to "
                    + HealthDates.month(java.time.YearMonth.from(done.lastMonth())));
            return "redirect:/health/annual-health-checks";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return show(checks.currentFinancialYear(), model);
        }
    }

    private String show(int year, Model model) {
        model.addAttribute("uptake", checks.uptake(year));
        int current = checks.currentFinancialYear();
        Map<String, String> years = new LinkedHashMap<>();
        for (int y = current; y > current - 5; y--) {
            years.put(String.valueOf(y), "April " + y + " to March " + (y + 1));
        }
        model.addAttribute("years", years);
        model.addAttribute("year", String.valueOf(year));
        model.addAttribute("yearLabel", "April " + year + " to March " + (year + 1));
        model.addAttribute("mayWrite", access.currentUser().map(u -> u.may(Actions.HEALTH_WRITE)).orElse(false));
        model.addAttribute("columns", String.join(", ", AnnualHealthChecks.COLUMNS));
        return "health/annual-health-checks";
    }
}
