package uk.send.platform.access.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.CurrentUser;

/** The principal in the security context: authorities are the role names and the actions granted. */
final class SignedInUser implements UserDetails, CredentialsContainer, AccessControl.SignedIn {

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final int credentialsStamp;

    SignedInUser(CurrentUser user, String passwordHash, boolean enabled) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.credentialsStamp = passwordHash == null ? 0 : passwordHash.hashCode();
    }

    /**
     * Whether the account as it stands now still grants what this sign-in was given: enabled, the same roles, team,
     * service and permissions, and the same password. A session whose user has changed in any of these is ended.
     */
    boolean stillMatches(SignedInUser now) {
        return now.enabled && enabled && now.credentialsStamp == credentialsStamp && now.user.equals(user);
    }

    @Override
    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        user.permissions().keySet().forEach(a -> authorities.add(new SimpleGrantedAuthority(a)));
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
