package uk.send.platform.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Creates users with given roles for tests; each call makes a new, uniquely named user. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final UserAccounts accounts;
    private final UserDetailsService userDetails;

    TestUsers(UserAccounts accounts, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
    }

    /** A test user: basic() for the API (HTTP Basic), signedIn() for pages (a signed-in session). */
    public record TestUser(long id, String username, UserDetailsService userDetails) {
        public RequestPostProcessor basic() {
            return httpBasic(username, PASSWORD);
        }

        public RequestPostProcessor signedIn() {
            return user(userDetails.loadUserByUsername(username));
        }
    }

    public RequestPostProcessor adminSignedIn() {
        return user(userDetails.loadUserByUsername("admin"));
    }

    public TestUser create(String role) {
        return create(role, "Team A", null);
    }

    public TestUser create(String role, String team, String service) {
        String username = role.toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long id = accounts.create(new NewUser(username, "Test " + role, username + "@example.org", team, service,
                Set.of(role), PASSWORD));
        return new TestUser(id, username, userDetails);
    }

    public static RequestPostProcessor admin() {
        return httpBasic("admin", "admin-test-password");
    }
}
