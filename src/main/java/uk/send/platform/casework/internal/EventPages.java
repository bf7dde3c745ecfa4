package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RecordedEvent;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.web.DateParts;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.RecordNotFound;

/** One page per next step: "record that ... happened on [date]" with that event's questions (POST-redirect-GET). */
@Controller
@RequestMapping("/cases/{id}/record/{type}")
class EventPages {

    static final String FORM = "event-form";

    private final Cases cases;

    EventPages(Cases cases) {
        this.cases = cases;
    }

    @GetMapping
    String form(@PathVariable String id, @PathVariable String type, Model model, RedirectAttributes flash) {
        CaseView view = cases.get(id);
        EventType chosen = type(type);
        if (!view.allows(chosen)) {
            flash.addFlashAttribute("problem", "'" + chosen.label() + "' cannot be recorded at this stage");
            return "redirect:/cases/" + id;
        }
        return show(view, chosen, Map.of(), Map.of(), model);
    }

    @PostMapping
    String record(@PathVariable String id, @PathVariable String type, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes flash) {
        EventType chosen = type(type);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            NewEvent event = read(chosen, params, errors);
            if (errors.isEmpty()) {
                RecordedEvent recorded = cases.record(id, event, version(params.get("version")));
                flash.addFlashAttribute("banner", chosen.label() + " on " + DateParts.iso(params.get("onDay"),
                        params.get("onMonth"), params.get("onYear")) + " has been recorded");
                return "redirect:/cases/" + recorded.caseId();
            }
        } catch (InvalidInput e) {
            e.problems().forEach(p -> errors.put(p.field(), p.message()));
        } catch (RefusedEvent e) {
            e.problems().forEach(p -> errors.put(p.field(), p.message()));
            errors.putIfAbsent(FORM, e.getMessage());
        } catch (ConflictingChange e) {
            errors.put(FORM, e.getMessage());
        }
        return show(cases.get(id), chosen, params, errors, model);
    }

    private String show(CaseView view, EventType type, Map<String, String> values, Map<String, String> errors,
            Model model) {
        model.addAttribute("view", view);
        model.addAttribute("type", type);
        model.addAttribute("fields", EventFormFields.of(type, view));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "cases/record";
    }

    private static NewEvent read(EventType type, Map<String, String> params, Map<String, String> errors) {
        LocalDate on = date("on", params, errors, "Enter the date it happened");
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldSpec spec : EventShapes.of(type)) {
            if (spec.kind() == FieldSpec.Kind.DATE) {
                LocalDate value = date(spec.name(), params, errors, null);
                fields.put(spec.name(), value == null ? null : value.toString());
            } else if (spec.kind() != FieldSpec.Kind.GENERATED) {
                fields.put(spec.name(), params.get(spec.name()));
            }
        }
        fields.put("notes", params.get("notes"));
        return on == null ? null : new NewEvent(type, on, fields);
    }

    private static LocalDate date(String name, Map<String, String> params, Map<String, String> errors,
            String missing) {
        String iso = DateParts.iso(params.get(name + "Day"), params.get(name + "Month"), params.get(name + "Year"));
        if (iso == null) {
            if (missing != null) {
                errors.put(name, missing);
            }
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            errors.put(name, "Enter a real date, for example 20 8 2025");
            return null;
        }
    }

    private static EventType type(String text) {
        try {
            return EventType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound("Event type " + text);
        }
    }

    private static Integer version(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw InvalidInput.of(FORM, "Reload the case and try again");
        }
    }
}
