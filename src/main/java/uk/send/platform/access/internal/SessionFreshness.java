package uk.send.platform.access.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session as soon as its user is disabled, or their roles, permissions, team, service or password
 * change: on every request the session's user is read again from the database (one user row and its roles, by
 * primary key), so the change takes effect at once on every node sharing the database. The request then goes on
 * as not signed in, and a page asks the person to sign in again.
 */
class SessionFreshness extends OncePerRequestFilter {

    private final SignedInUsers users;

    SessionFreshness(SignedInUsers users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser signedIn) {
            Optional<SignedInUser> now = users.byId(signedIn.user().id());
            if (now.isEmpty() || !signedIn.stillMatches(now.get())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
