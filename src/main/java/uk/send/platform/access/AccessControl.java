package uk.send.platform.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Answers "who is this and what may they do" for the other modules. */
@Component
public class AccessControl {

    public Optional<CurrentUser> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    public CurrentUser requireUser() {
        return currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    /** Throws AccessDenied unless the signed-in user holds the action at the scope needed. */
    public CurrentUser require(String action, Scope needed) {
        CurrentUser user = requireUser();
        if (!user.may(action, needed)) {
            throw new org.springframework.security.access.AccessDeniedException("Not allowed: " + action);
        }
        return user;
    }

    /** Implemented by the principal objects the access module puts in the security context. */
    public interface SignedIn {
        CurrentUser user();
    }
}
