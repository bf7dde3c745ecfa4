package uk.send.platform.casework.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseView;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewCase;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.children.Children;
import uk.send.platform.web.DateParts;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.RecordNotFound;

/** The case page (child, deadlines, timeline, next steps) and starting a case from a child's record. */
@Controller
@RequestMapping("/cases")
class CasePages {

    record DeadlineRow(CaseDeadline deadline, String label, StatusTag tag) {
    }

    private final CaseService cases;
    private final Children children;
    private final AccessControl access;
    private final StatutoryClock clock;

    CasePages(CaseService cases, Children children, AccessControl access, StatutoryClock clock) {
        this.cases = cases;
        this.children = children;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/{id}")
    String view(@PathVariable String id, Model model) {
        CaseView view = cases.get(id);
        LocalDate today = clock.today();
        Map<String, String> services = new LinkedHashMap<>();
        view.adviceRequests().forEach(a -> services.put(AssessmentSteps.ADVICE_PREFIX + a.adviceId(),
                "Advice: " + a.service().label()));
        view.consultations().forEach(c -> services.put(PlanSteps.CONSULTATION_PREFIX + c.consultationId(),
                "Response from " + c.setting()));
        List<DeadlineRow> rows = Stream.concat(view.deadlines().stream(), view.targets().stream())
                .map(d -> new DeadlineRow(d, services.getOrDefault(d.key(), d.title()), StatusTag.of(d, today)))
                .toList();
        model.addAttribute("view", view);
        model.addAttribute("deadlines", rows);
        model.addAttribute("letters", LetterKinds.availableFor(view));
        model.addAttribute("notices", view.events().stream().filter(e -> e.type() == EventType.NOTICE_SENT).toList());
        return "cases/case";
    }

    @GetMapping("/new")
    String start(@RequestParam(required = false) String childId, Model model) {
        access.require(Actions.CASES_WRITE, Scope.OWN);
        return startPage(childId, Map.of(), Map.of(), model);
    }

    @PostMapping("/new")
    String open(@RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        String childId = params.get("childId");
        Map<String, String> errors = new LinkedHashMap<>();
        String iso = DateParts.iso(params.get("requestReceivedOnDay"), params.get("requestReceivedOnMonth"),
                params.get("requestReceivedOnYear"));
        if (iso == null || "not-a-date".equals(iso)) {
            errors.put("requestReceivedOn", iso == null ? "Enter the date the request was received"
                    : "Enter a real date, for example 14 7 2025");
        }
        RequestSource source = Arrays.stream(RequestSource.values())
                .filter(s -> s.name().equals(params.get("requestSource"))).findFirst().orElse(null);
        if (source == null) {
            errors.put("requestSource", "Choose who made the request");
        }
        if (errors.isEmpty()) {
            try {
                CaseView opened = cases.open(new NewCase(childId, LocalDate.parse(iso), source));
                flash.addFlashAttribute("banner", "The case has been started");
                return "redirect:/cases/" + opened.id();
            } catch (InvalidInput e) {
                e.problems().forEach(p -> errors.put(p.field(), p.message()));
            } catch (RefusedEvent e) {
                e.problems().forEach(p -> errors.put(p.field(), p.message()));
            }
        }
        return startPage(childId, params, errors, model);
    }

    private String startPage(String childId, Map<String, String> values, Map<String, String> errors, Model model) {
        if (childId == null || childId.isBlank()) {
            return "cases/find-child";
        }
        model.addAttribute("child", children.summary(childId).orElseThrow(() -> new RecordNotFound("Child " + childId)));
        model.addAttribute("existing", cases.list(CaseFilter.none().forChild(childId), 0, 20).items());
        Map<String, String> sources = new LinkedHashMap<>();
        Arrays.stream(RequestSource.values()).forEach(s -> sources.put(s.name(), s.label()));
        model.addAttribute("sources", sources);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "cases/new";
    }
}
