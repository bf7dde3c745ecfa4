package uk.send.platform.feedback.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.feedback.FeedbackResults;
import uk.send.platform.kernel.LocalArea;

/** The public "You said, we did" page: published entries only, no sign-in, nothing about any child. */
@Controller
class PublicLogPage {

    private final FeedbackResults results;
    private final LocalArea localArea;

    PublicLogPage(FeedbackResults results, LocalArea localArea) {
        this.results = results;
        this.localArea = localArea;
    }

    @GetMapping("/you-said-we-did")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", results.publishedLog(Math.max(0, page), 20));
        model.addAttribute("areaName", localArea.name());
        return "feedback/you-said-we-did";
    }
}
