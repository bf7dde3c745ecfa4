package uk.send.platform.insight.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's rebuild of the dashboard's summaries from casework's history: a page with one button, and
 * the same over JSON. Both sit under /admin and /api/v1/admin (users.manage); the service checks again.
 */
@Controller
@Tag(name = "Administration")
class InsightAdmin {

    private final InsightRebuild rebuild;

    InsightAdmin(InsightRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/admin/insight")
    String page() {
        return "insight/rebuild";
    }

    @PostMapping("/admin/insight/rebuild")
    String rebuildFromPage(RedirectAttributes flash) {
        RebuildReport report = rebuild.rebuild();
        flash.addFlashAttribute("banner", "The dashboard was rebuilt from " + report.journeys() + " journeys ("
                + report.events() + " events, " + report.records() + " records)");
        return "redirect:/admin/insight";
    }

    @Operation(summary = "Rebuild the dashboard's summaries by replaying casework's history (administrators)")
    @PostMapping("/api/v1/admin/insight/rebuild")
    @ResponseBody
    RebuildReport rebuildFromApi() {
        return rebuild.rebuild();
    }
}
