package uk.send.platform.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.feedback.Dates;
import uk.send.platform.feedback.FamilyFeedback;
import uk.send.platform.feedback.FeedbackResults;
import uk.send.platform.feedback.InvitationSent;
import uk.send.platform.feedback.KeyPoint;
import uk.send.platform.feedback.KeyPointSettings;
import uk.send.platform.feedback.SurveyDefinitions;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.web.DateParts;

/** Staff pages: results, comments and themes, the "You said, we did" log, surveys and settings, a case's feedback. */
@Controller
class FeedbackPages {

    private final FamilyFeedback feedback;
    private final FeedbackResults results;
    private final SurveyDefinitions surveys;
    private final AccessControl access;
    private final Clock clock;

    FeedbackPages(FamilyFeedback feedback, FeedbackResults results, SurveyDefinitions surveys, AccessControl access,
            Clock clock) {
        this.feedback = feedback;
        this.results = results;
        this.surveys = surveys;
        this.access = access;
        this.clock = clock;
    }

    /** Key points as the pages' choices. */
    static Map<String, String> keyPoints() {
        Map<String, String> choices = new LinkedHashMap<>();
        Arrays.stream(KeyPoint.values()).forEach(k -> choices.put(k.name(), k.label()));
        return choices;
    }

    /** Results over the last N months (3, 6 or 12) up to today. */
    @GetMapping("/surveys")
    String results(@RequestParam(defaultValue = "12") int months, Model model) {
        int span = months == 3 || months == 6 ? months : 12;
        LocalDate to = LocalDate.now(clock);
        LocalDate from = YearMonth.from(to).minusMonths(span - 1L).atDay(1);
        model.addAttribute("results", results.results(from, to));
        model.addAttribute("period", Dates.format(YearMonth.from(from)) + " to " + Dates.format(to));
        model.addAttribute("months", String.valueOf(span));
        model.addAttribute("spans", new LinkedHashMap<>(Map.of("3", "Last 3 months", "6", "Last 6 months",
                "12", "Last 12 months")));
        model.addAttribute("mayManage", access.requireUser().may(Actions.FEEDBACK_MANAGE));
        return "surveys/results";
    }

    @GetMapping("/surveys/comments")
    String comments(@RequestParam(required = false) String keyPoint, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        KeyPoint point = keyPoint == null || keyPoint.isBlank() ? null : KeyPoint.parse("keyPoint", keyPoint);
        Long themeId = theme == null || theme.isBlank() ? null : parseLong(theme);
        var themes = results.themes();
        Map<String, String> themeChoices = new LinkedHashMap<>();
        themeChoices.put("0", "Not tagged yet");
        themes.forEach(t -> themeChoices.put(String.valueOf(t.id()), t.name()));
        model.addAttribute("comments", results.comments(point, themeId, Math.max(0, page), 20));
        model.addAttribute("themes", themes);
        Map<Long, String> themeNames = new LinkedHashMap<>();
        themes.forEach(t -> themeNames.put(t.id(), t.name()));
        model.addAttribute("themeNames", themeNames);
        model.addAttribute("themeChoices", themeChoices);
        model.addAttribute("keyPointChoices", keyPoints());
        model.addAttribute("keyPoint", point == null ? null : point.name());
        model.addAttribute("theme", themeId == null ? null : String.valueOf(themeId));
        model.addAttribute("mayManage", access.requireUser().may(Actions.FEEDBACK_MANAGE));
        model.addAttribute("base", "/surveys/comments?keyPoint=" + (point == null ? "" : point.name()) + "&theme="
                + (themeId == null ? "" : themeId) + "&");
        return "surveys/comments";
    }

    @PostMapping("/surveys/comments/themes")
    String tag(@RequestParam String responseId, @RequestParam String questionKey,
            @RequestParam(required = false) List<Long> themes, @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        results.tag(responseId, questionKey, themes == null ? List.of() : themes);
        flash.addFlashAttribute("banner", "The comment's themes have been saved");
        return "redirect:" + safeBack(back, "/surveys/comments");
    }

    @PostMapping("/surveys/themes")
    String addTheme(@RequestParam(required = false) String name, RedirectAttributes flash) {
        try {
            results.addTheme(name);
            flash.addFlashAttribute("banner", "The theme " + name.strip() + " has been added");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("themeProblem", e.problems().get(0).message());
        }
        return "redirect:/surveys/comments";
    }

    @GetMapping("/surveys/you-said-we-did")
    String log(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("log", results.log(Math.max(0, page), 20));
        boolean mayManage = access.requireUser().may(Actions.FEEDBACK_MANAGE);
        model.addAttribute("mayManage", mayManage);
        if (mayManage) {
            Map<String, String> themes = new LinkedHashMap<>();
            results.themes().forEach(t -> themes.put(String.valueOf(t.id()), t.name() + " (" + t.comments() + " comments)"));
            model.addAttribute("themeChoices", themes);
        }
        model.addAttribute("keyPointChoices", keyPoints());
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", new LinkedHashMap<String, String>());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (model.getAttribute("problems") instanceof List<?> problems) {
            problems.forEach(p -> errors.putIfAbsent(((FieldProblem) p).field(), ((FieldProblem) p).message()));
        }
        model.addAttribute("errors", errors);
        return "surveys/log";
    }

    @PostMapping("/surveys/you-said-we-did")
    String addAction(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate doneOn = null;
        String iso = DateParts.iso(form.get("doneOnDay"), form.get("doneOnMonth"), form.get("doneOnYear"));
        if (iso != null) {
            try {
                doneOn = LocalDate.parse(iso);
            } catch (java.time.format.DateTimeParseException e) {
                problems.add(new FieldProblem("doneOn", "The date the change was made must be a real date"));
            }
        }
        String theme = form.get("themeId");
        try {
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            results.addAction(new FeedbackResults.NewAction(theme == null || theme.isBlank() ? null : parseLong(theme),
                    form.get("keyPoint"), form.get("youSaid"), form.get("weDid"), doneOn,
                    "true".equals(form.get("published"))));
            flash.addFlashAttribute("banner", "The entry has been added to the log");
            return "redirect:/surveys/you-said-we-did";
        } catch (InvalidInput e) {
            List<FieldProblem> all = new ArrayList<>(problems);
            e.problems().stream().filter(p -> !all.contains(p)).forEach(all::add);
            model.addAttribute("problems", all);
            model.addAttribute("input", form);
            return log(0, model);
        }
    }

    @PostMapping("/surveys/you-said-we-did/{id}/publication")
    String publish(@PathVariable String id, @RequestParam boolean published, @RequestParam Integer version,
            RedirectAttributes flash) {
        try {
            results.publish(id, published, version);
            flash.addFlashAttribute("banner", published ? "The entry is on the public page" : "The entry has been taken off the public page");
        } catch (ConflictingChange e) {
            flash.addFlashAttribute("banner", null);
            flash.addFlashAttribute("conflict", e.getMessage());
        }
        return "redirect:/surveys/you-said-we-did";
    }

    @GetMapping("/surveys/definitions")
    String definitions(Model model) {
        access.require(Actions.FEEDBACK_READ, Scope.ALL);
        model.addAttribute("surveys", surveys.all());
        model.addAttribute("settings", surveys.settings());
        model.addAttribute("mayManage", access.requireUser().may(Actions.FEEDBACK_MANAGE));
        return "surveys/definitions";
    }

    @PostMapping("/surveys/settings/{keyPoint}")
    String settings(@PathVariable String keyPoint, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes flash) {
        KeyPoint point = KeyPoint.parse("keyPoint", keyPoint);
        try {
            surveys.change(new KeyPointSettings(point, "true".equals(form.get("automatic")),
                    number(form, "delayDays"), number(form, "expiryDays"), number(form, "reminderAfterDays"),
                    number(form, "maxReminders"), number(form, "version")));
            flash.addFlashAttribute("banner", "Settings for " + point.label().toLowerCase() + " have been saved");
            return "redirect:/surveys/definitions";
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems().stream()
                    .map(p -> new FieldProblem(point.name() + "-" + p.field(), p.message())).toList());
            return definitions(model);
        } catch (ConflictingChange e) {
            model.addAttribute("problems", List.of(new FieldProblem(point.name() + "-automatic", e.getMessage())));
            return definitions(model);
        }
    }

    @GetMapping("/surveys/cases/{caseId}")
    String forCase(@PathVariable String caseId, Model model) {
        model.addAttribute("feedback", feedback.forCase(caseId));
        model.addAttribute("keyPointChoices", keyPoints());
        return "surveys/case";
    }

    @PostMapping("/surveys/cases/{caseId}/invitations")
    String invite(@PathVariable String caseId, @RequestParam(required = false) String survey,
            @RequestParam(required = false) String recipient, Model model, RedirectAttributes flash) {
        try {
            KeyPoint point = KeyPoint.parse("survey", survey);
            InvitationSent sent = feedback.invite(caseId, point, recipient);
            flash.addFlashAttribute("banner", "The survey has been sent");
            flash.addFlashAttribute("sentLink", sent.link());
            flash.addFlashAttribute("sentExpires", Dates.format(sent.expiresOn()));
            return "redirect:/surveys/cases/" + caseId;
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("survey", survey);
            model.addAttribute("recipient", recipient);
            return forCase(caseId, model);
        }
    }

    @PostMapping("/surveys/cases/{caseId}/invitations/{invitationId}/retry")
    String retry(@PathVariable String caseId, @PathVariable String invitationId, @RequestParam long messageId,
            RedirectAttributes flash) {
        feedback.sendAgain(caseId, invitationId, messageId);
        flash.addFlashAttribute("banner", "The message will be sent again");
        return "redirect:/surveys/cases/" + caseId;
    }

    private static int number(Map<String, String> form, String field) {
        try {
            return Integer.parseInt(form.getOrDefault(field, "").strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "Enter a whole number");
        }
    }

    private static Long parseLong(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("theme", "Choose a theme from the list");
        }
    }

    private static String safeBack(String back, String fallback) {
        return back != null && back.startsWith("/surveys/") && !back.startsWith("//") ? back : fallback;
    }
}
