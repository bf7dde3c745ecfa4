package uk.send.platform.access;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Who is signed in, with what they may do and how far (role -> action -> scope, merged over roles). */
public record CurrentUser(long id, String username, String displayName, String team, String service,
        Set<String> roles, Map<String, Scope> permissions) {

    public Optional<Scope> scopeFor(String action) {
        return Optional.ofNullable(permissions.get(action));
    }

    public boolean may(String action) {
        return permissions.containsKey(action);
    }

    public boolean may(String action, Scope needed) {
        return scopeFor(action).map(s -> s.covers(needed)).orElse(false);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
