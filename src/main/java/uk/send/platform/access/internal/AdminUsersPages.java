package uk.send.platform.access.internal;

import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccount;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.RecordNotFound;

/** Administrators add users, give them roles, team and service, disable them and reset passwords. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersPages {

    private final UserAccounts accounts;

    AdminUsersPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("allRoles")
    java.util.Map<String, String> roles() {
        return accounts.roles();
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.list());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return "admin/user-form";
    }

    @PostMapping("/new")
    String create(@ModelAttribute("form") UserForm form, BindingResult errors, RedirectAttributes flash) {
        form.problems(true).forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
        if (!errors.hasFieldErrors("username") && accounts.exists(form.getUsername().strip())) {
            errors.rejectValue("username", "taken", "That username is already in use");
        }
        if (errors.hasErrors()) {
            return "admin/user-form";
        }
        accounts.create(new NewUser(form.getUsername().strip(), form.getDisplayName().strip(), blank(form.getEmail()),
                blank(form.getTeam()), blank(form.getService()), Set.copyOf(form.getRoles()), form.getPassword()));
        flash.addFlashAttribute("banner", "User " + form.getUsername().strip() + " has been added");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Model model) {
        UserAccount user = accounts.find(id).orElseThrow(() -> new RecordNotFound("User"));
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setTeam(user.team());
        form.setService(user.service());
        form.setRoles(new java.util.ArrayList<>(user.roles()));
        form.setEnabled(user.enabled());
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        return "admin/user-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        UserAccount user = accounts.find(id).orElseThrow(() -> new RecordNotFound("User"));
        form.setUsername(user.username());
        for (FieldProblem p : form.problems(false)) {
            errors.rejectValue(p.field(), "invalid", p.message());
        }
        if (errors.hasErrors()) {
            model.addAttribute("userId", id);
            return "admin/user-form";
        }
        try {
            accounts.change(id, form.getDisplayName().strip(), blank(form.getEmail()), blank(form.getTeam()),
                    blank(form.getService()), form.isEnabled(), Set.copyOf(form.getRoles()), form.getPassword());
        } catch (InvalidInput refused) {
            refused.problems().forEach(p -> errors.rejectValue(p.field(), "invalid", p.message()));
            model.addAttribute("userId", id);
            return "admin/user-form";
        }
        flash.addFlashAttribute("banner", "Changes to " + user.username() + " have been saved");
        return "redirect:/admin/users";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
