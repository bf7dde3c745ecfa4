package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.children.Child;
import uk.send.platform.children.Children;
import uk.send.platform.health.LateReason;
import uk.send.platform.health.LookedAfterEpisode;
import uk.send.platform.health.LookedAfterHealth;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** Pages for looked-after children's initial health assessments (POST-redirect-GET, GOV.UK error summaries). */
@Controller
@RequestMapping("/health/looked-after")
class LookedAfterPages {

    /** The form to record a child becoming looked after. */
    public static class EpisodeForm {
        public String nhsNumber;
        public String startedOn;
        public String startedOnDay;
        public String startedOnMonth;
        public String startedOnYear;
    }

    /** The form to record the initial health assessment. */
    public static class AssessmentForm {
        public String assessedOn;
        public String assessedOnDay;
        public String assessedOnMonth;
        public String assessedOnYear;
        public String lateReason;
        public String lateNote;
        public int version;
    }

    private final LookedAfterHealth health;
    private final Children children;
    private final AccessControl access;

    LookedAfterPages(LookedAfterHealth health, Children children, AccessControl access) {
        this.health = health;
        this.children = children;
        this.access = access;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "outstanding") String status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        boolean outstanding = !status.equals("done");
        Paged<LookedAfterEpisode> episodes = health.list(outstanding, Math.max(page, 0), 25);
        model.addAttribute("episodes", episodes);
        model.addAttribute("outstanding", outstanding);
        model.addAttribute("base", "/health/looked-after?status=" + (outstanding ? "outstanding" : "done") + "&");
        model.addAttribute("mayWrite", access.currentUser().map(u -> u.may(Actions.HEALTH_WRITE)).orElse(false));
        return "health/looked-after-list";
    }

    @GetMapping("/new")
    String newEpisode(Model model) {
        access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        model.addAttribute("form", new EpisodeForm());
        return "health/looked-after-new";
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") EpisodeForm form, BindingResult errors, RedirectAttributes flash) {
        try {
            LocalDate startedOn = HealthPageSupport.date(form.startedOnDay, form.startedOnMonth, form.startedOnYear,
                    "startedOn", "The date the child became looked after");
            Child child = HealthPageSupport.childByNhsNumber(children, form.nhsNumber, "nhsNumber");
            LookedAfterEpisode e = health.record(child.id(), startedOn);
            flash.addFlashAttribute("banner", "Recorded: the initial health assessment is due by "
                    + HealthDates.day(e.dueOn()));
            return "redirect:/health/looked-after/" + e.id();
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of("childId", "nhsNumber"));
            return "health/looked-after-new";
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
            return "health/looked-after-new";
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable String id, Model model) {
        LookedAfterEpisode e = health.get(id);
        model.addAttribute("episode", e);
        if (!model.containsAttribute("form")) {
            AssessmentForm form = new AssessmentForm();
            form.version = e.version();
            model.addAttribute("form", form);
        }
        return view(e, model);
    }

    @PostMapping("/{id}/assessment")
    String assess(@PathVariable String id, @ModelAttribute("form") AssessmentForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        try {
            LocalDate on = HealthPageSupport.date(form.assessedOnDay, form.assessedOnMonth, form.assessedOnYear,
                    "assessedOn", "The date of the assessment");
            LateReason reason = form.lateReason == null || form.lateReason.isBlank() ? null
                    : LateReason.valueOf(form.lateReason);
            health.recordAssessment(id, form.version, on, reason, form.lateNote);
            flash.addFlashAttribute("banner", "The initial health assessment has been recorded");
            return "redirect:/health/looked-after/" + id;
        } catch (IllegalArgumentException e) {
            errors.rejectValue("lateReason", "invalid", "Choose a reason from the list");
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of());
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return view(health.get(id), model);
    }

    private String view(LookedAfterEpisode e, Model model) {
        model.addAttribute("episode", e);
        model.addAttribute("statusText", HealthPageSupport.statusText(e.deadline()));
        model.addAttribute("statusTag", HealthPageSupport.statusTag(e.deadline()));
        model.addAttribute("reasons", Choices.of(LateReason.values(), LateReason::label));
        model.addAttribute("mayWrite", access.currentUser().map(u -> u.may(Actions.HEALTH_WRITE)).orElse(false));
        return "health/looked-after-view";
    }
}
