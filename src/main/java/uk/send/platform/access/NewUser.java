package uk.send.platform.access;

import java.util.Set;

/** A user to create: roles by code, team and service for scoped permissions. */
public record NewUser(String username, String displayName, String email, String team, String service,
        Set<String> roles, String password) {
}
