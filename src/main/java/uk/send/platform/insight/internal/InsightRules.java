package uk.send.platform.insight.internal;

import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.send.platform.calendar.CalendarConventions;
import uk.send.platform.calendar.DayOneCounting;
import uk.send.platform.calendar.DraftPlanTarget;
import uk.send.platform.calendar.PhaseTransferBoundary;
import uk.send.platform.calendar.RuleBook;

/**
 * The rule book every due date in a figure comes from, built with the same Local Area conventions casework uses
 * (send.calendar.*, decisions 0002-0004), so a figure and the case page never disagree about a date.
 */
@Component
class InsightRules {

    private final RuleBook rules;

    InsightRules(@Value("${send.calendar.draft-plan-target:WEEK_14}") DraftPlanTarget draftPlanTarget,
            @Value("${send.calendar.phase-transfer:DAY_BEFORE}") PhaseTransferBoundary phaseTransfer,
            @Value("${send.calendar.day-one:EVENT_DAY_EXCLUDED}") DayOneCounting dayOne) {
        this.rules = RuleBook.standard(new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne));
    }

    /** The day a duty under the named rule falls due, counted from its anchor. */
    LocalDate due(String ruleKey, LocalDate anchor) {
        return rules.deadline(ruleKey, anchor).dueOn();
    }

    /** Met on or before the due date: the due day itself is in time, the day after is late. */
    boolean inTime(String ruleKey, LocalDate anchor, LocalDate metOn) {
        return !metOn.isAfter(due(ruleKey, anchor));
    }
}
