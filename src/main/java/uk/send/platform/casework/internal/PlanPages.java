package uk.send.platform.casework.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EhcPlan;
import uk.send.platform.casework.Placement;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.casework.Plans;
import uk.send.platform.children.SettingType;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.web.DateParts;
import uk.send.platform.kernel.InvalidInput;

/** Writing the plan section by section, with its flags, its issued versions and what changed between them. */
@Controller
@RequestMapping("/cases/{id}/plan")
class PlanPages {

    private final Plans plans;
    private final Cases cases;

    PlanPages(Plans plans, Cases cases) {
        this.plans = plans;
        this.cases = cases;
    }

    @GetMapping
    String plan(@PathVariable String id, @RequestParam(required = false) String edit, Model model) {
        EhcPlan plan = plans.working(id);
        Map<String, String> values = new LinkedHashMap<>();
        List<String> serves = new ArrayList<>();
        plan.items().stream().filter(i -> i.key().equals(edit)).findFirst().ifPresent(item -> {
            values.putAll(PlanForm.values(item));
            serves.addAll(item.serves());
        });
        return show(id, plan, values, serves, Map.of(), model);
    }

    @PostMapping("/items")
    String saveItem(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes flash) {
        EhcPlan plan = plans.working(id);
        Map<String, String> errors = new LinkedHashMap<>();
        PlanItem item = PlanForm.read(params, errors);
        if (errors.isEmpty()) {
            try {
                List<PlanItem> items = new ArrayList<>(plan.items());
                int at = indexOf(items, item.key());
                if (at >= 0) {
                    items.set(at, item);
                } else {
                    items.add(item);
                }
                EhcPlan saved = plans.save(id, items, PlanForm.revision(params.getFirst("revision")));
                flash.addFlashAttribute("banner", at >= 0 ? item.key() + " has been changed"
                        : "The entry has been added to section " + item.section().name());
                return "redirect:/cases/" + id + "/plan#section-" + saved.items().get(at >= 0 ? at
                        : saved.items().size() - 1).section().name();
            } catch (InvalidInput e) {
                e.problems().forEach(p -> errors.put(PlanForm.field(p.field()), p.message()));
            } catch (ConflictingChange e) {
                errors.put("plan-form", e.getMessage());
            }
        }
        return show(id, plan, params.toSingleValueMap(), params.getOrDefault("serves", List.of()), errors, model);
    }

    @PostMapping("/placement")
    String place(@PathVariable String id, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            Placement placement = PlacementInput.read(params.getFirst("urn"), params.getFirst("settingType"),
                    params.getFirst("settingName"));
            plans.place(id, placement, PlanForm.revision(params.getFirst("revision")));
            flash.addFlashAttribute("banner", "Section I now names " + placement.describe());
            return "redirect:/cases/" + id + "/plan#section-I";
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.put(p.field(), p.message()));
        } catch (ConflictingChange e) {
            errors.put("placement-form", e.getMessage());
        }
        return show(id, plans.working(id), params.toSingleValueMap(), List.of(), errors, model);
    }

    @PostMapping("/items/{key}/remove")
    String remove(@PathVariable String id, @PathVariable String key, @RequestParam(required = false) String revision,
            RedirectAttributes flash) {
        EhcPlan plan = plans.working(id);
        List<PlanItem> items = plan.items().stream().filter(i -> !i.key().equals(key))
                .map(i -> new PlanItem(i.key(), i.section(), i.text(), i.byDate(), i.frequency(), i.duration(),
                        i.deliveredBy(), i.serves().stream().filter(s -> !s.equals(key)).toList()))
                .toList();
        try {
            plans.save(id, items, PlanForm.revision(revision));
            flash.addFlashAttribute("banner", key + " has been removed");
        } catch (ConflictingChange e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/cases/" + id + "/plan";
    }

    @GetMapping("/versions/{version}")
    String version(@PathVariable String id, @PathVariable int version, Model model) {
        model.addAttribute("readOnly", true);
        return show(id, plans.version(id, version), Map.of(), List.of(), Map.of(), model);
    }

    @GetMapping("/compare")
    String compare(@PathVariable String id, @RequestParam int from, @RequestParam int to, Model model) {
        model.addAttribute("view", cases.get(id));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("changes", plans.compare(id, from, to));
        return "cases/plan-compare";
    }

    private String show(String id, EhcPlan plan, Map<String, String> values, List<String> serves,
            Map<String, String> errors, Model model) {
        model.addAttribute("view", cases.get(id));
        model.addAttribute("plan", plan);
        model.addAttribute("sections", PlanSection.values());
        model.addAttribute("versions", plans.versions(id));
        Map<String, String> sectionChoices = new LinkedHashMap<>();
        Arrays.stream(PlanSection.values()).forEach(s -> sectionChoices.put(s.name(), s.name() + ": " + s.title()));
        model.addAttribute("sectionChoices", sectionChoices);
        Map<String, String> settingTypes = new LinkedHashMap<>();
        Arrays.stream(SettingType.values()).forEach(t -> settingTypes.put(t.name(), t.label()));
        model.addAttribute("settingTypes", settingTypes);
        Map<String, String> placementValues = new LinkedHashMap<>();
        if (plan.placement() != null) {
            placementValues.put("urn", plan.placement().urn());
            placementValues.put("settingType", plan.placement().settingType() == null ? ""
                    : plan.placement().settingType().name());
            placementValues.put("settingName", plan.placement().name());
        }
        placementValues.putAll(values);
        model.addAttribute("placementValues", placementValues);
        Map<String, String> linkable = new LinkedHashMap<>();
        plan.items().stream().filter(i -> i.section().need() || i.section().outcome())
                .forEach(i -> linkable.put(i.key(), i.key() + ": " + PlanForm.shorten(i.text())));
        model.addAttribute("linkable", linkable);
        model.addAttribute("values", values);
        model.addAttribute("serves", serves);
        model.addAttribute("errors", errors);
        return "cases/plan";
    }

    private static int indexOf(List<PlanItem> items, String key) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    static String iso(MultiValueMap<String, String> params, String name) {
        return DateParts.iso(params.getFirst(name + "Day"), params.getFirst(name + "Month"),
                params.getFirst(name + "Year"));
    }
}
