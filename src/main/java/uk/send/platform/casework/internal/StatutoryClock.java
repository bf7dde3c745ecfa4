package uk.send.platform.casework.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.CalendarConventions;
import uk.send.platform.calendar.DayOneCounting;
import uk.send.platform.calendar.DraftPlanTarget;
import uk.send.platform.calendar.PhaseTransferBoundary;
import uk.send.platform.calendar.RuleBook;

/**
 * The rule book every casework deadline comes from, built with the Local Area's conventions where the sources
 * disagree (decisions 0002-0004), and "today" from the application's clock so tests can fix it.
 */
@Component
class StatutoryClock {

    private final RuleBook rules;
    private final Clock clock;

    StatutoryClock(Clock clock,
            @Value("${send.calendar.draft-plan-target:WEEK_14}") DraftPlanTarget draftPlanTarget,
            @Value("${send.calendar.phase-transfer:DAY_BEFORE}") PhaseTransferBoundary phaseTransfer,
            @Value("${send.calendar.day-one:EVENT_DAY_EXCLUDED}") DayOneCounting dayOne) {
        this.clock = clock;
        this.rules = RuleBook.standard(new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne));
    }

    RuleBook rules() {
        return rules;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }
}
