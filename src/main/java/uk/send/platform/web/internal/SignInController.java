package uk.send.platform.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the public pages every GOV.UK service has. */
@Controller
class SignInController {

    @GetMapping("/sign-in")
    String signIn() {
        return "sign-in";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "privacy";
    }
}
