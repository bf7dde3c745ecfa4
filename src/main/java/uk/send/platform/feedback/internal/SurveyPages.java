package uk.send.platform.feedback.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.feedback.LinkRefused;
import uk.send.platform.feedback.OpenSurvey;
import uk.send.platform.feedback.Question;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;

/**
 * The survey a one-time link opens, for a family without an account (stateless public pages: the link's secret
 * authorises the answer, decision 0130). The
 * page and its refusals name no child, no family and no case. One question set per page, no JavaScript needed.
 */
@Controller
class SurveyPages {

    private final FamilyFeedback feedback;

    SurveyPages(FamilyFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/feedback/thank-you")
    String thanks() {
        return "feedback/thanks";
    }

    @GetMapping("/feedback/{token}")
    String survey(@PathVariable String token, @RequestParam(required = false) String version, Model model) {
        boolean easyRead = "easy-read".equals(version);
        OpenSurvey survey = feedback.open(token, easyRead);
        return form(model, token, survey, Map.of(), false, List.of());
    }

    @PostMapping("/feedback/{token}")
    String respond(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model) {
        boolean easyRead = "true".equals(form.getFirst("easyRead"));
        boolean anonymous = "true".equals(form.getFirst("anonymous"));
        OpenSurvey survey = feedback.open(token, easyRead);
        Map<String, String> answers = new HashMap<>();
        for (Question q : survey.survey().questions()) {
            String value = form.getFirst("q-" + q.key());
            if (value != null) {
                answers.put(q.key(), value);
            }
        }
        try {
            feedback.respond(token, answers, anonymous, easyRead);
            return "redirect:/feedback/thank-you";
        } catch (InvalidInput e) {
            return form(model, token, survey, answers, anonymous, e.problems());
        }
    }

    /** Answered, expired or never issued: a page that says so and nothing more (410 or 404). */
    @ExceptionHandler(LinkRefused.class)
    String refused(LinkRefused e, HttpServletResponse response, Model model) {
        response.setStatus(e.gone() ? 410 : 404);
        model.addAttribute("gone", e.gone());
        return "feedback/refused";
    }

    private static String form(Model model, String token, OpenSurvey survey, Map<String, String> answers,
            boolean anonymous, List<FieldProblem> problems) {
        Map<String, String> errors = new HashMap<>();
        problems.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        model.addAttribute("survey", survey);
        model.addAttribute("token", token);
        model.addAttribute("answers", answers);
        model.addAttribute("anonymous", anonymous);
        model.addAttribute("problems", problems);
        model.addAttribute("errors", errors);
        return "feedback/survey";
    }
}
