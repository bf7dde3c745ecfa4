package uk.send.platform.insight.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import uk.send.platform.timelimits.StatutoryRules;

/**
 * Due dates for the figures, from the Local Area's rule book (timelimits: its conventions and bank holidays), the
 * same one casework and advice use, so a figure and the case page never disagree about a date.
 */
@Component
class InsightRules {

    private final StatutoryRules rules;

    InsightRules(StatutoryRules rules) {
        this.rules = rules;
    }

    /** The day a duty under the named rule falls due, counted from its anchor. */
    LocalDate due(String ruleKey, LocalDate anchor) {
        return rules.ruleBook().deadline(ruleKey, anchor).dueOn();
    }

    /** Met on or before the due date: the due day itself is in time, the day after is late. */
    boolean inTime(String ruleKey, LocalDate anchor, LocalDate metOn) {
        return !metOn.isAfter(due(ruleKey, anchor));
    }
}
