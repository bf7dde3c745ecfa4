package uk.send.platform.advice.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.InvalidInput;

/** Administrators' page of partner services: list, add, change (POST-redirect-GET). */
@Controller
@RequestMapping("/advice/services")
class ServicePages {

    private final ServiceDirectory directory;

    ServicePages(ServiceDirectory directory) {
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) String code, Model model) {
        List<PartnerService> all = directory.all();
        model.addAttribute("services", all);
        model.addAttribute("kinds", Choices.of(AdviceKind.values(), AdviceKind::label));
        if (!model.containsAttribute("input")) {
            model.addAttribute("input", all.stream().filter(s -> s.code().equals(code)).findFirst()
                    .map(s -> new ServiceDirectory.ServiceInput(s.code(), s.name(), s.kind().name(), s.contactEmail(),
                            s.defaultForKind(), s.active()))
                    .orElse(new ServiceDirectory.ServiceInput("", "", "", "", false, true)));
        }
        return "advice/services";
    }

    @PostMapping
    String save(@RequestParam(required = false) String code, @RequestParam(required = false) String name,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String contactEmail,
            @RequestParam(defaultValue = "false") boolean defaultForKind,
            @RequestParam(defaultValue = "false") boolean active, RedirectAttributes flash) {
        ServiceDirectory.ServiceInput input = new ServiceDirectory.ServiceInput(code, name, kind, contactEmail,
                defaultForKind, active);
        try {
            PartnerService saved = directory.save(input);
            flash.addFlashAttribute("banner", saved.name() + " has been saved");
        } catch (InvalidInput e) {
            flash.addFlashAttribute("problems", e.problems());
            flash.addFlashAttribute("input", input);
        }
        return "redirect:/advice/services";
    }
}
