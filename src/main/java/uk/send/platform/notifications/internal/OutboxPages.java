package uk.send.platform.notifications.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.send.platform.notifications.Notifications;
import uk.send.platform.web.NavigationEntry;

/** Administrators see what the service has sent or holds for families and partners. */
@Controller
class OutboxPages {

    private final Notifications notifications;
    private final OutboxDispatcher dispatcher;

    OutboxPages(Notifications notifications, OutboxDispatcher dispatcher) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("messages", notifications.list(null, Math.max(0, page), 50));
        model.addAttribute("sender", dispatcher.senderName());
        return "admin/outbox";
    }

    @org.springframework.context.annotation.Configuration
    static class Navigation {
        @Bean
        NavigationEntry outboxNavigationEntry() {
            return new NavigationEntry("Outbox", "/admin/outbox", "users.manage", 93);
        }
    }
}
