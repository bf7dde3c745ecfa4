package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import uk.send.platform.health.CetrType;
import uk.send.platform.health.DsrEntry;
import uk.send.platform.health.DsrRating;
import uk.send.platform.health.DynamicSupportRegister;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** The Dynamic Support Register's pages: the register for the meeting, an entry, and its forms. */
@Controller
@RequestMapping("/health/register")
class RegisterPages {

    public static class EntryForm {
        public String nhsNumber;
        public String lawfulBasis;
        public String consentGivenBy;
        public String bestInterestsDecision;
        public String rating;
        public String reason;
        public String keyworker;
    }

    public static class RatingForm {
        public String rating;
        public String reason;
        public int version;
    }

    public static class ReviewForm {
        public String heldOn;
        public String heldOnDay;
        public String heldOnMonth;
        public String heldOnYear;
        public String agencies;
        public String summary;
        public String action1;
        public String owner1;
        public String due1;
        public String due1Day;
        public String due1Month;
        public String due1Year;
        public String action2;
        public String owner2;
        public String due2;
        public String due2Day;
        public String due2Month;
        public String due2Year;
        public int version;
    }

    public static class CetrForm {
        public String type;
        public String heldOn;
        public String heldOnDay;
        public String heldOnMonth;
        public String heldOnYear;
        public String recommendations;
    }

    public static class KeyworkerForm {
        public String keyworker;
        public int version;
    }

    private final DynamicSupportRegister register;
    private final Children children;
    private final AccessControl access;

    RegisterPages(DynamicSupportRegister register, Children children, AccessControl access) {
        this.register = register;
        this.children = children;
        this.access = access;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @ModelAttribute("ratings")
    Map<String, String> ratings() {
        return Choices.of(DsrRating.values(), r -> r.label() + ": " + r.meaning());
    }

    @GetMapping
    String register(@RequestParam(required = false) String rating, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DsrRating only = rating == null || rating.isBlank() ? null : parse(rating);
        Paged<DsrEntry.Line> lines = register.register(only, Math.max(page, 0), 50);
        model.addAttribute("lines", lines);
        model.addAttribute("rating", only == null ? "" : only.name());
        model.addAttribute("ratingChoices", Choices.of(DsrRating.values(), DsrRating::label));
        model.addAttribute("counts", register.countsByRating());
        model.addAttribute("base", "/health/register?rating=" + (only == null ? "" : only.name()) + "&");
        model.addAttribute("mayWrite", mayWrite());
        return "health/register";
    }

    @GetMapping("/new")
    String newEntry(Model model) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        model.addAttribute("form", new EntryForm());
        model.addAttribute("bases", bases());
        return "health/register-new";
    }

    @PostMapping("/new")
    String add(@ModelAttribute("form") EntryForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        model.addAttribute("bases", bases());
        try {
            Child child = HealthPageSupport.childByNhsNumber(children, form.nhsNumber, "nhsNumber");
            boolean consent = "CONSENT".equals(form.lawfulBasis);
            if (form.lawfulBasis == null || form.lawfulBasis.isBlank()) {
                throw InvalidInput.of("lawfulBasis", "Choose whether there is consent or a best-interests decision");
            }
            if (!consent && blank(form.bestInterestsDecision)) {
                throw InvalidInput.of("bestInterestsDecision", "Enter the best-interests decision: who made it, when "
                        + "and why");
            }
            DsrEntry e = register.add(new DsrEntry.NewEntry(child.id(), rating(form.rating), form.reason, consent,
                    consent ? form.consentGivenBy : null, consent ? null : form.bestInterestsDecision, form.keyworker,
                    null));
            flash.addFlashAttribute("banner", e.childName() + " has been added to the register");
            return "redirect:/health/register/" + e.id();
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of("childId", "nhsNumber", "consent", "lawfulBasis"));
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return "health/register-new";
    }

    @GetMapping("/{id}")
    String entry(@PathVariable String id, Model model) {
        model.addAttribute("entry", register.get(id));
        model.addAttribute("mayWrite", mayWrite());
        return "health/register-entry";
    }

    @GetMapping("/{id}/rating")
    String ratingForm(@PathVariable String id, Model model) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrEntry e = register.get(id);
        RatingForm form = new RatingForm();
        form.version = e.version();
        form.rating = e.rating().name();
        return show(e, form, "health/register-rating", model);
    }

    @PostMapping("/{id}/rating")
    String rate(@PathVariable String id, @ModelAttribute("form") RatingForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        try {
            register.rate(id, form.version, rating(form.rating), form.reason, null);
            flash.addFlashAttribute("banner", "The new rating has been recorded");
            return "redirect:/health/register/" + id;
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of());
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return show(register.get(id), form, "health/register-rating", model);
    }

    @GetMapping("/{id}/review")
    String reviewForm(@PathVariable String id, Model model) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrEntry e = register.get(id);
        ReviewForm form = new ReviewForm();
        form.version = e.version();
        return show(e, form, "health/register-review", model);
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable String id, @ModelAttribute("form") ReviewForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        try {
            LocalDate heldOn = HealthPageSupport.date(form.heldOnDay, form.heldOnMonth, form.heldOnYear, "heldOn",
                    "The date of the review");
            List<DsrEntry.NewAction> actions = new ArrayList<>();
            action(actions, form.action1, form.owner1, form.due1Day, form.due1Month, form.due1Year, "1");
            action(actions, form.action2, form.owner2, form.due2Day, form.due2Month, form.due2Year, "2");
            register.review(id, form.version, heldOn, form.agencies, form.summary, actions);
            flash.addFlashAttribute("banner", "The review has been recorded");
            return "redirect:/health/register/" + id;
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of("actions[0].action", "action1", "actions[0].owner", "owner1",
                    "actions[0].dueOn", "due1", "actions[1].action", "action2", "actions[1].owner", "owner2",
                    "actions[1].dueOn", "due2"));
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return show(register.get(id), form, "health/register-review", model);
    }

    @GetMapping("/{id}/cetr")
    String cetrForm(@PathVariable String id, Model model) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        return show(register.get(id), new CetrForm(), "health/register-cetr", model);
    }

    @PostMapping("/{id}/cetr")
    String cetr(@PathVariable String id, @ModelAttribute("form") CetrForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        try {
            LocalDate heldOn = HealthPageSupport.date(form.heldOnDay, form.heldOnMonth, form.heldOnYear, "heldOn",
                    "The date of the review");
            CetrType type = form.type == null || form.type.isBlank() ? null : CetrType.valueOf(form.type);
            register.recordCetr(id, type, heldOn, form.recommendations);
            flash.addFlashAttribute("banner", "The C(E)TR has been recorded");
            return "redirect:/health/register/" + id;
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("type", "invalid", "Choose whether it was a community or an inpatient review");
        }
        return show(register.get(id), form, "health/register-cetr", model);
    }

    @GetMapping("/{id}/keyworker")
    String keyworkerForm(@PathVariable String id, Model model) {
        access.require(Actions.DSR_WRITE, Scope.SERVICE);
        DsrEntry e = register.get(id);
        KeyworkerForm form = new KeyworkerForm();
        form.keyworker = e.keyworker();
        form.version = e.version();
        return show(e, form, "health/register-keyworker", model);
    }

    @PostMapping("/{id}/keyworker")
    String keyworker(@PathVariable String id, @ModelAttribute("form") KeyworkerForm form, BindingResult errors,
            Model model, RedirectAttributes flash) {
        try {
            register.keyworker(id, form.version, form.keyworker);
            flash.addFlashAttribute("banner", "The keyworker has been saved");
            return "redirect:/health/register/" + id;
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of());
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return show(register.get(id), form, "health/register-keyworker", model);
    }

    private String show(DsrEntry e, Object form, String view, Model model) {
        model.addAttribute("entry", e);
        model.addAttribute("form", form);
        model.addAttribute("cetrTypes", Choices.of(CetrType.values(), CetrType::label));
        return view;
    }

    private static void action(List<DsrEntry.NewAction> actions, String action, String owner, String day, String month,
            String year, String n) {
        boolean any = !(blank(action) && blank(owner) && blank(day) && blank(month) && blank(year));
        if (any) {
            actions.add(new DsrEntry.NewAction(action, owner,
                    HealthPageSupport.date(day, month, year, "due" + n, "The action's due date")));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static DsrRating rating(String value) {
        return value == null || value.isBlank() ? null : parse(value);
    }

    private static DsrRating parse(String value) {
        try {
            return DsrRating.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("rating", "Choose a rating: red, amber, green or blue");
        }
    }

    private boolean mayWrite() {
        return access.currentUser().map(u -> u.may(Actions.DSR_WRITE)).orElse(false);
    }

    private static Map<String, String> bases() {
        Map<String, String> bases = new LinkedHashMap<>();
        bases.put("CONSENT", "Consent given");
        bases.put("BEST_INTERESTS", "Best-interests decision recorded");
        return bases;
    }
}
