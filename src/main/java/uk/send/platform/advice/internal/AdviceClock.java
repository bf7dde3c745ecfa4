package uk.send.platform.advice.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.Deadline;
import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.timelimits.StatutoryRules;

/**
 * Every date the advice module works to comes from the Local Area's rule book (the one casework uses, with its
 * conventions and bank holidays), and "today" from the application clock so tests can fix it.
 */
@Component
class AdviceClock {

    private final StatutoryRules rules;
    private final Clock clock;

    AdviceClock(Clock clock, StatutoryRules rules) {
        this.clock = clock;
        this.rules = rules;
    }

    /** Reg 8(1): a body asked for advice "must comply with such a request within 6 weeks of the date on which they receive it". */
    Deadline adviceDue(LocalDate requestedOn) {
        return rules.ruleBook().deadline(RuleKeys.ADVICE, requestedOn);
    }

    /** Reg 13(2): the final plan within 20 weeks of the request for an assessment. */
    LocalDate finalPlanDue(LocalDate requestReceivedOn) {
        return rules.ruleBook().deadline(RuleKeys.FINAL_PLAN, requestReceivedOn).dueOn();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
