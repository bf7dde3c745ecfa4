package uk.send.platform.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.send.platform.web.NavigationEntry;

/** Puts the service navigation, filtered by what the signed-in user may do, on every page. */
@ControllerAdvice
class NavigationAdvice {

    record Link(String label, String href, boolean active) {
        /** Kept out of the template: Thymeleaf reads a double underscore there as a preprocessing marker. */
        public String activeClass() {
            return active ? "govuk-service-navigation__item--active" : "";
        }
    }

    private final List<NavigationEntry> entries;

    NavigationAdvice(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    List<Link> navigation(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getPrincipal())) {
            return List.of();
        }
        Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        String path = request.getRequestURI();
        return entries.stream()
                .filter(e -> e.authority() == null || held.contains(e.authority()))
                .map(e -> new Link(e.label(), e.href(), e.href().equals("/") ? path.equals("/") : path.startsWith(e.href())))
                .toList();
    }

    @ModelAttribute("signedInAs")
    String signedInAs() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || "anonymousUser".equals(auth.getPrincipal()) ? null : auth.getName();
    }
}
