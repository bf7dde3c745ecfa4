package uk.send.platform.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password sign-in (form and HTTP Basic) that refuses a username and address pair after repeated failures. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(SignedInUsers users, PasswordEncoder passwords, SignInThrottle throttle) {
        this.delegate = new DaoAuthenticationProvider(users);
        this.delegate.setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "";
        if (throttle.isLocked(username, address)) {
            throw new LockedException("Too many failed sign-in attempts; try again later");
        }
        try {
            Object given = authentication.getCredentials();
            if (given instanceof String password
                    && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > UserForm.MAX_PASSWORD_BYTES) {
                throw new org.springframework.security.authentication.BadCredentialsException("Bad credentials");
            }
            Authentication result = delegate.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
