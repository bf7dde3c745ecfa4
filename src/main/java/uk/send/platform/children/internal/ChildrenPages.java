package uk.send.platform.children.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
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
import uk.send.platform.children.ChildSearch;
import uk.send.platform.children.Children;
import uk.send.platform.children.Contact;
import uk.send.platform.children.DuplicateChild;
import uk.send.platform.children.Ethnicities;
import uk.send.platform.children.SettingType;
import uk.send.platform.children.UpnUnknownReason;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.web.DateParts;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.Paged;

/** Pages to find, view, add and change children on the register (POST-redirect-GET, GOV.UK error summaries). */
@Controller
@RequestMapping("/children")
class ChildrenPages {

    private final Children children;
    private final AccessControl access;

    ChildrenPages(Children children, AccessControl access) {
        this.children = children;
        this.access = access;
    }

    @ModelAttribute("choices")
    Map<String, Map<String, String>> choices() {
        Map<String, Map<String, String>> choices = new LinkedHashMap<>();
        choices.put("sex", Map.of("F", "Female", "M", "Male"));
        choices.put("ethnicity", Ethnicities.all());
        Map<String, String> settings = new LinkedHashMap<>();
        Arrays.stream(SettingType.values()).forEach(s -> settings.put(s.name(), s.label()));
        choices.put("settingType", settings);
        Map<String, String> reasons = new LinkedHashMap<>();
        Arrays.stream(UpnUnknownReason.values()).forEach(r -> reasons.put(r.name(), r.name() + ": " + r.label()));
        choices.put("upnUnknownReason", reasons);
        Map<String, String> relationships = new LinkedHashMap<>();
        Contact.RELATIONSHIPS.forEach(r -> relationships.put(r, r.charAt(0) + r.substring(1).toLowerCase().replace('_', ' ')));
        choices.put("relationship", relationships);
        choices.put("yesNo", new LinkedHashMap<>(Map.of("yes", "Yes", "no", "No")));
        return choices;
    }

    @GetMapping
    String search(@RequestParam(required = false) String name, @RequestParam(required = false) String nhsNumber,
            @RequestParam(required = false) String dobDay, @RequestParam(required = false) String dobMonth,
            @RequestParam(required = false) String dobYear, @RequestParam(defaultValue = "0") int page, Model model) {
        access.require(Actions.CHILDREN_READ, Scope.SERVICE);
        String dob = DateParts.iso(dobDay, dobMonth, dobYear);
        model.addAttribute("name", name);
        model.addAttribute("nhsNumber", nhsNumber);
        model.addAttribute("dobDay", dobDay);
        model.addAttribute("dobMonth", dobMonth);
        model.addAttribute("dobYear", dobYear);
        ChildSearch query;
        try {
            query = new ChildSearch(name, dob == null ? null : parse(dob), nhsNumber, null);
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
            return "children/search";
        }
        if (query.isEmpty()) {
            return "children/search";
        }
        try {
            Paged<Child> results = children.search(query, Math.max(page, 0), 25);
            model.addAttribute("results", results);
            model.addAttribute("base", "/children?" + queryString(name, nhsNumber, dobDay, dobMonth, dobYear));
        } catch (InvalidInput e) {
            model.addAttribute("problems", e.problems());
        }
        return "children/search";
    }

    @GetMapping("/new")
    String newChild(Model model) {
        access.require(Actions.CHILDREN_WRITE, Scope.SERVICE);
        model.addAttribute("form", new ChildForm());
        return "children/form";
    }

    @PostMapping("/new")
    String register(@ModelAttribute("form") ChildForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        try {
            Child child = children.register(form.toDetails());
            flash.addFlashAttribute("banner", child.fullName() + " has been added to the register");
            return "redirect:/children/" + child.id();
        } catch (InvalidInput e) {
            reject(errors, e);
            return "children/form";
        } catch (DuplicateChild e) {
            errors.rejectValue("nhsNumber", "duplicate", "A child with this NHS number is already on the register");
            model.addAttribute("existingId", e.existingId());
            return "children/form";
        }
    }

    @GetMapping("/{id}")
    String view(@PathVariable String id, Model model) {
        Child child = children.get(id);
        model.addAttribute("child", child);
        model.addAttribute("ethnicityLabel", child.ethnicity() == null ? "Not recorded" : Ethnicities.label(child.ethnicity()));
        model.addAttribute("settingLabel", child.settingType() == null ? null : SettingType.valueOf(child.settingType()).label());
        return "children/view";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        Child child = children.get(id);
        model.addAttribute("form", ChildForm.from(child));
        model.addAttribute("childId", id);
        return "children/form";
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, @ModelAttribute("form") ChildForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        model.addAttribute("childId", id);
        try {
            Child child = children.update(id, form.getVersion(), form.toDetails());
            flash.addFlashAttribute("banner", "Changes to " + child.fullName() + "'s record have been saved");
            return "redirect:/children/" + id;
        } catch (InvalidInput e) {
            reject(errors, e);
            return "children/form";
        } catch (DuplicateChild e) {
            errors.rejectValue("nhsNumber", "duplicate", "Another child on the register has this NHS number");
            model.addAttribute("existingId", e.existingId());
            return "children/form";
        } catch (ConflictingChange e) {
            errors.reject("stale", e.getMessage());
            return "children/form";
        }
    }

    private static void reject(BindingResult errors, InvalidInput e) {
        for (FieldProblem p : e.problems()) {
            errors.rejectValue(ChildForm.formField(p.field()), "invalid", p.message());
        }
    }

    private static java.time.LocalDate parse(String iso) {
        try {
            return java.time.LocalDate.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInput.of("dob", "Enter a real date of birth");
        }
    }

    private static String queryString(String... values) {
        String[] names = {"name", "nhsNumber", "dobDay", "dobMonth", "dobYear"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null && !values[i].isBlank()) {
                sb.append(names[i]).append('=')
                        .append(java.net.URLEncoder.encode(values[i], java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        }
        return sb.toString();
    }
}
