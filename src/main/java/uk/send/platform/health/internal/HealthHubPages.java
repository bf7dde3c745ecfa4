package uk.send.platform.health.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;

/** The health pathways' start page: the parts the signed-in user may use. */
@Controller
class HealthHubPages {

    private final AccessControl access;

    HealthHubPages(AccessControl access) {
        this.access = access;
    }

    @GetMapping("/health")
    String hub(Model model) {
        var user = access.require(Actions.HEALTH_READ, Scope.SERVICE);
        model.addAttribute("mayReadRegister", user.may(Actions.DSR_READ));
        return "health/hub";
    }
}
