package uk.send.platform.casework.internal;

import org.springframework.stereotype.Component;
import uk.send.platform.calendar.RuleKeys;

/** The words for a deadline key on a page ("advice:1f2e..." is "Advice"); the titles are the rule book's own. */
@Component
class DeadlineTitles {

    private final StatutoryClock clock;

    DeadlineTitles(StatutoryClock clock) {
        this.clock = clock;
    }

    String title(String key) {
        if (key == null) {
            return "Nothing due";
        }
        String base = key.contains(":") ? key.substring(0, key.indexOf(':')) : key;
        if (base.equals(ReviewSteps.PHASE_TRANSFER)) {
            return "Phase transfer review";
        }
        if (!RuleKeys.all().contains(base)) {
            return base;
        }
        return clock.rules().rule(base, clock.today()).title();
    }
}
