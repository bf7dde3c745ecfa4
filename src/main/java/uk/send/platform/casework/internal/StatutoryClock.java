package uk.send.platform.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.timelimits.StatutoryRules;

/**
 * The rule book every casework deadline comes from: the Local Area's, with its conventions where the sources
 * disagree (decisions 0002-0004) and the bank holidays in force; "today" from the application's clock so tests
 * can fix it.
 */
@Component
class StatutoryClock {

    private final StatutoryRules rules;
    private final Clock clock;

    StatutoryClock(Clock clock, StatutoryRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    RuleBook rules() {
        return rules.ruleBook();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
