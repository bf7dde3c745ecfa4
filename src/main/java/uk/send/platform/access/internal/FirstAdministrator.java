package uk.send.platform.access.internal;

import java.security.SecureRandom;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.send.platform.access.NewUser;
import uk.send.platform.access.UserAccounts;

/** On an empty database, creates the administrator named by SEND_ADMIN_USERNAME / SEND_ADMIN_PASSWORD. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private final UserAccounts accounts;
    private final String username;
    private final String password;

    FirstAdministrator(UserAccounts accounts, @Value("${send.admin.username}") String username,
            @Value("${send.admin.password}") String password) {
        this.accounts = accounts;
        this.username = username.isBlank() ? "admin" : username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyUsers()) {
            return;
        }
        boolean generated = password == null || password.isBlank();
        String secret = generated ? generate() : password;
        accounts.create(new NewUser(username, "Administrator", null, null, null, Set.of("ADMINISTRATOR"), secret));
        if (generated) {
            // Printed once to the console, never to the log files: the operator must copy it now.
            System.out.println("\n  First administrator created. Username: " + username + "  Password: " + secret + "\n");
        } else {
            log.info("First administrator created from SEND_ADMIN_USERNAME / SEND_ADMIN_PASSWORD");
        }
    }

    private static String generate() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
