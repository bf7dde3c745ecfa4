package uk.send.platform.health.internal;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.health.HealthNotifications;
import uk.send.platform.health.NotificationTheme;
import uk.send.platform.kernel.Choices;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.InvalidInput;

/** The missed or late health notifications log: counts by theme over the last 12 months, the log, the form. */
@Controller
@RequestMapping("/health/notifications")
class NotificationsPages {

    public static class NotificationForm {
        public String theme;
        public String fromService;
        public String toService;
        public String dueOn;
        public String dueOnDay;
        public String dueOnMonth;
        public String dueOnYear;
        public String receivedOn;
        public String receivedOnDay;
        public String receivedOnMonth;
        public String receivedOnYear;
        public String description;
    }

    private final HealthNotifications notifications;
    private final HealthClock clock;
    private final AccessControl access;

    NotificationsPages(HealthNotifications notifications, HealthClock clock, AccessControl access) {
        this.notifications = notifications;
        this.clock = clock;
        this.access = access;
    }

    @InitBinder
    void fields(WebDataBinder binder) {
        binder.initDirectFieldAccess();
    }

    @GetMapping
    String log(@RequestParam(required = false) NotificationTheme theme, @RequestParam(defaultValue = "0") int page,
            Model model) {
        LocalDate today = clock.today();
        model.addAttribute("themes", notifications.themes(today.minusYears(1), today));
        model.addAttribute("log", notifications.list(theme, Math.max(page, 0), 25));
        model.addAttribute("theme", theme == null ? "" : theme.name());
        model.addAttribute("themeChoices", Choices.of(NotificationTheme.values(), NotificationTheme::label));
        model.addAttribute("base", "/health/notifications?theme=" + (theme == null ? "" : theme.name()) + "&");
        model.addAttribute("mayWrite", access.currentUser().map(u -> u.may(Actions.HEALTH_WRITE)).orElse(false));
        return "health/notifications";
    }

    @GetMapping("/new")
    String form(Model model) {
        access.require(Actions.HEALTH_WRITE, Scope.SERVICE);
        model.addAttribute("form", new NotificationForm());
        model.addAttribute("themeChoices", Choices.of(NotificationTheme.values(), NotificationTheme::label));
        return "health/notifications-new";
    }

    @PostMapping("/new")
    String record(@ModelAttribute("form") NotificationForm form, BindingResult errors, Model model,
            RedirectAttributes flash) {
        model.addAttribute("themeChoices", Choices.of(NotificationTheme.values(), NotificationTheme::label));
        try {
            LocalDate due = HealthPageSupport.date(form.dueOnDay, form.dueOnMonth, form.dueOnYear, "dueOn",
                    "The date it should have arrived");
            LocalDate received = HealthPageSupport.date(form.receivedOnDay, form.receivedOnMonth, form.receivedOnYear,
                    "receivedOn", "The date it arrived");
            NotificationTheme theme = form.theme == null || form.theme.isBlank() ? null
                    : NotificationTheme.valueOf(form.theme);
            notifications.record(new HealthNotifications.NewNotification(theme, form.fromService, form.toService, due,
                    received, form.description, null));
            flash.addFlashAttribute("banner", "The notification has been added to the log");
            return "redirect:/health/notifications";
        } catch (InvalidInput e) {
            HealthPageSupport.reject(errors, e, Map.of());
        } catch (IllegalArgumentException e) {
            errors.rejectValue("theme", "invalid", "Choose the theme");
        } catch (ConflictingChange e) {
            errors.reject("conflict", e.getMessage());
        }
        return "health/notifications-new";
    }
}
