package uk.send.platform.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits password guessing: after too many failures for one username from one address, sign-in is refused
 * for a lockout period. Held in memory: one application node per Local Area (see docs/decisions).
 */
@Component
class SignInThrottle {

    private record Failures(int count, Instant firstAt) {
    }

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;

    SignInThrottle(@Value("${send.sign-in.max-failures}") int maxFailures,
            @Value("${send.sign-in.lockout-minutes}") int lockoutMinutes, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
        this.clock = clock;
    }

    boolean isLocked(String username, String address) {
        Failures f = failures.get(key(username, address));
        if (f == null) {
            return false;
        }
        if (f.firstAt().plus(lockout).isBefore(clock.instant())) {
            failures.remove(key(username, address));
            return false;
        }
        return f.count() >= maxFailures;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        failures.compute(key(username, address), (k, f) -> f == null || f.firstAt().plus(lockout).isBefore(now)
                ? new Failures(1, now) : new Failures(f.count() + 1, f.firstAt()));
        if (failures.size() > 100_000) {
            failures.clear(); // bounded memory under a spray attack; lockouts restart
        }
    }

    void succeeded(String username, String address) {
        failures.remove(key(username, address));
    }

    private static String key(String username, String address) {
        return (username == null ? "" : username.toLowerCase(java.util.Locale.ROOT)) + "|" + address;
    }
}
