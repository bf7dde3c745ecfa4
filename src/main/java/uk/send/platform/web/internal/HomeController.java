package uk.send.platform.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in: the user's own sections of the service, from the navigation they may use. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
