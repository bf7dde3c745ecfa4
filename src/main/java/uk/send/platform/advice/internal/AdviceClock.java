package uk.send.platform.advice.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.CalendarConventions;
import uk.send.platform.calendar.DayOneCounting;
import uk.send.platform.calendar.Deadline;
import uk.send.platform.calendar.DraftPlanTarget;
import uk.send.platform.calendar.PhaseTransferBoundary;
import uk.send.platform.calendar.RuleBook;
import uk.send.platform.calendar.RuleKeys;

/**
 * Every date the advice module works to comes from the rule book, with the Local Area's conventions (the same
 * settings casework reads), and "today" from the application clock so tests can fix it.
 */
@Component
class AdviceClock {

    private final RuleBook rules;
    private final Clock clock;

    AdviceClock(Clock clock,
            @Value("${send.calendar.draft-plan-target:WEEK_14}") DraftPlanTarget draftPlanTarget,
            @Value("${send.calendar.phase-transfer:DAY_BEFORE}") PhaseTransferBoundary phaseTransfer,
            @Value("${send.calendar.day-one:EVENT_DAY_EXCLUDED}") DayOneCounting dayOne) {
        this.clock = clock;
        this.rules = RuleBook.standard(new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne));
    }

    /** Reg 8(1): a body asked for advice "must comply with such a request within 6 weeks of the date on which they receive it". */
    Deadline adviceDue(LocalDate requestedOn) {
        return rules.deadline(RuleKeys.ADVICE, requestedOn);
    }

    /** Reg 13(2): the final plan within 20 weeks of the request for an assessment. */
    LocalDate finalPlanDue(LocalDate requestReceivedOn) {
        return rules.deadline(RuleKeys.FINAL_PLAN, requestReceivedOn).dueOn();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
