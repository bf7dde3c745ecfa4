package uk.send.platform.casework.internal;

import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.SenNeed;

/**
 * The SEN2 needs a plan names in section B (SENneed: the primary need, SENtypeRank 1, and at most one secondary
 * need, rank 2). The final plan names them; an amended plan that names a primary need restates both (the secondary
 * is the one given with it, or none), one that names only a secondary need keeps the primary, and one that names
 * neither leaves them as they were.
 */
final class PlanNeeds {

    static final String PRIMARY = "primaryNeed";
    static final String SECONDARY = "secondaryNeed";

    private PlanNeeds() {
    }

    /** Checks the needs the event names against the plan's and, if they make sense, makes them the plan's. */
    static void record(EhcJourney j, CaseEvent e) {
        SenNeed primary = e.code(SenNeed.class);
        SenNeed secondary = e.outcome(SenNeed.class);
        SenNeed nextPrimary = primary != null ? primary : j.primaryNeed;
        SenNeed nextSecondary = primary != null || secondary != null ? secondary : j.secondaryNeed;
        if (nextSecondary != null && nextPrimary == null) {
            throw RefusedEvent.unprocessable(SECONDARY, "Choose the plan's primary need before a secondary need");
        }
        if (nextSecondary != null && nextSecondary == nextPrimary) {
            throw RefusedEvent.unprocessable(SECONDARY, "The secondary need must differ from the primary need ("
                    + nextPrimary.label() + ")");
        }
        j.primaryNeed = nextPrimary;
        j.secondaryNeed = nextSecondary;
    }
}
