package uk.send.platform.timelimits.internal;

import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.timelimits.StatutoryRules;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.web.NavigationEntry;

/** Every statutory time limit with its citation, for anyone signed in; bank holiday upload for administrators. */
@Controller
class RulesPages {

    private final StatutoryRules rules;
    private final AccessControl access;

    RulesPages(StatutoryRules rules, AccessControl access) {
        this.rules = rules;
        this.access = access;
    }

    @GetMapping("/rules")
    String rules(Model model) {
        model.addAttribute("rules", rules.ruleBook().rules());
        model.addAttribute("conventions", rules.conventions());
        return "timelimits/rules";
    }

    @GetMapping("/admin/bank-holidays")
    String bankHolidays(Model model) {
        var holidays = rules.bankHolidays();
        model.addAttribute("holidays", holidays);
        model.addAttribute("upload", rules.lastUpload().orElse(null));
        return "timelimits/bank-holidays";
    }

    @PostMapping("/admin/bank-holidays")
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes flash) {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "Select gov.uk's bank-holidays.json file");
            }
            var holidays = rules.replaceBankHolidays(file.getInputStream(), access.requireUser().username());
            flash.addFlashAttribute("banner", holidays.dates().size() + " bank holidays from "
                    + holidays.firstYearCovered() + " to " + holidays.lastYearCovered() + " are now in force");
            return "redirect:/admin/bank-holidays";
        } catch (InvalidInput | IOException e) {
            model.addAttribute("problem", e instanceof InvalidInput ? e.getMessage() : "The file could not be read");
            return bankHolidays(model);
        }
    }

    @org.springframework.context.annotation.Configuration
    static class Navigation {
        @Bean
        NavigationEntry rulesNavigationEntry() {
            return new NavigationEntry("Time limits", "/rules", null, 80);
        }

        @Bean
        NavigationEntry bankHolidaysNavigationEntry() {
            return new NavigationEntry("Bank holidays", "/admin/bank-holidays", "users.manage", 94);
        }
    }
}
