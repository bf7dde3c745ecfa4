package uk.send.platform.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/** Creates users with given roles for tests; each call makes a new, uniquely named user. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private final UserAccounts accounts;

    TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public record TestUser(long id, String username) {
        public RequestPostProcessor basic() {
            return httpBasic(username, PASSWORD);
        }
    }

    public TestUser create(String role) {
        return create(role, "Team A", null);
    }

    public TestUser create(String role, String team, String service) {
        String username = role.toLowerCase() + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
        long id = accounts.create(new NewUser(username, "Test " + role, username + "@example.org", team, service,
                Set.of(role), PASSWORD));
        return new TestUser(id, username);
    }

    public static RequestPostProcessor admin() {
        return httpBasic("admin", "admin-test-password");
    }
}
