package uk.send.platform.access.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.Actions;
import uk.send.platform.access.RolePermissions;
import uk.send.platform.access.Scope;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.InvalidInput;

/** Permissions as data: which role may do which action, and how far (own, team, service, all). */
@Controller
@RequestMapping("/admin/roles")
class AdminRolesPages {

    private final RolePermissions permissions;
    private final UserAccounts accounts;

    AdminRolesPages(RolePermissions permissions, UserAccounts accounts) {
        this.permissions = permissions;
        this.accounts = accounts;
    }

    @GetMapping
    String matrix(Model model) {
        Map<String, Map<String, String>> matrix = new LinkedHashMap<>();
        accounts.roles().keySet().forEach(r -> matrix.put(r, new LinkedHashMap<>()));
        permissions.all().forEach(g -> matrix.computeIfAbsent(g.role(), k -> new LinkedHashMap<>())
                .put(g.action(), g.scope().name()));
        model.addAttribute("matrix", matrix);
        model.addAttribute("roles", accounts.roles());
        model.addAttribute("actions", Choices.same(Actions.ALL));
        model.addAttribute("scopes", scopeChoices());
        return "admin/roles";
    }

    @PostMapping
    String change(@RequestParam String role, @RequestParam String action, @RequestParam String scope,
            RedirectAttributes flash) {
        if (!accounts.roles().containsKey(role)) {
            throw InvalidInput.of("role", "Select a role");
        }
        if (!Actions.ALL.contains(action)) {
            throw InvalidInput.of("action", "Select an action");
        }
        if ("NONE".equals(scope)) {
            permissions.revoke(role, action);
        } else {
            try {
                permissions.grant(role, action, Scope.valueOf(scope));
            } catch (IllegalArgumentException e) {
                throw InvalidInput.of("scope", "Select a scope");
            }
        }
        flash.addFlashAttribute("banner", "Permission updated. It applies from each user's next sign-in.");
        return "redirect:/admin/roles";
    }

    /** "Not allowed" (NONE) first, then each scope by name. */
    private static Map<String, String> scopeChoices() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("NONE", "Not allowed");
        scopes.putAll(Choices.of(Scope.values(), Scope::name));
        return scopes;
    }
}
