package uk.send.platform.advice;

import java.time.LocalDate;
import uk.send.platform.kernel.Paged;

/**
 * The advice figures other modules use (the dashboard's {@code advice-within-6-weeks} measure). No personal data
 * crosses here, so no permission is checked: the caller checks its own (dashboard.read).
 */
public interface AdviceMeasures {

    /**
     * Advice received in [from, to], or overdue in it (due before the end of the period, or before today if that
     * is earlier, and neither received nor withdrawn by then): numerator those returned within 6 weeks of the request
     * (reg 8(1)). A request withdrawn with its journey counts as overdue in the periods that end before the day it was
     * withdrawn, and in no period after (docs/decisions/0040). insight's figure of the same key agrees.
     */
    AdviceMeasure withinSixWeeks(LocalDate from, LocalDate to);

    /** The records behind {@link #withinSixWeeks}, oldest due date first. */
    Paged<AdviceMeasureRecord> withinSixWeeksRecords(LocalDate from, LocalDate to, int page, int size);
}
