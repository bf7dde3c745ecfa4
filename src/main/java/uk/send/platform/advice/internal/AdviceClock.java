package uk.send.platform.advice.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * "Today" for the advice module, from the application clock so tests can fix it. Due dates are not worked out here:
 * casework owns every deadline and the advice module takes them from its events (CaseworkListener).
 */
@Component
class AdviceClock {

    private final Clock clock;

    AdviceClock(Clock clock) {
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
