package uk.send.platform.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.RecordNotFound;

/** API tokens for integrations: the token is shown once, then only its first characters. */
@Controller
@RequestMapping("/admin/tokens")
class AdminTokensPages {

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final AccessControl access;

    AdminTokensPages(ApiTokens tokens, UserAccounts accounts, AccessControl access) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("tokens", tokens.list());
        model.addAttribute("users", Choices.of(accounts.list(), UserAccount::id, UserAccount::username));
        return "admin/tokens";
    }

    @PostMapping
    String issue(@RequestParam(required = false) Long userId, @RequestParam(required = false) String name, Model model) {
        if (userId == null || accounts.find(userId).isEmpty() || name == null || name.isBlank()) {
            model.addAttribute("problem", userId == null || accounts.find(userId).isEmpty()
                    ? "Select the user the token acts for" : "Enter a name for the token, such as the system that uses it");
            return list(model);
        }
        var issued = tokens.issue(userId, name.strip(), access.requireUser().username());
        model.addAttribute("issued", issued.token());
        return list(model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        if (!tokens.exists(id)) {
            throw new RecordNotFound("Token");
        }
        tokens.revoke(id);
        flash.addFlashAttribute("banner", "The token has been revoked");
        return "redirect:/admin/tokens";
    }
}
