package uk.send.platform.access;

import java.util.Set;

/** A user as administrators see it (never the password hash). */
public record UserAccount(long id, String username, String displayName, String email, String team, String service,
        boolean enabled, Set<String> roles) {
}
