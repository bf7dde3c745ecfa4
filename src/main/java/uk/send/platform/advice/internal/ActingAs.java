package uk.send.platform.advice.internal;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.CurrentUser;

/** Runs one call as another principal on this thread, then puts the caller's security context back. */
final class ActingAs {

    private record Principal(CurrentUser user) implements AccessControl.SignedIn {
    }

    private ActingAs() {
    }

    static <T> T run(CurrentUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        List<SimpleGrantedAuthority> authorities = user.permissions().keySet().stream()
                .map(SimpleGrantedAuthority::new).toList();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(user), null,
                authorities));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
