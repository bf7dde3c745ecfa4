package uk.send.platform.calendar;

import java.util.Objects;

/** The date conventions a council may choose where the sources disagree; see docs/decisions 0002-0004. */
public record CalendarConventions(
        DraftPlanTarget draftPlanTarget, PhaseTransferBoundary phaseTransfer, DayOneCounting dayOne) {

    public CalendarConventions {
        Objects.requireNonNull(draftPlanTarget, "draftPlanTarget");
        Objects.requireNonNull(phaseTransfer, "phaseTransfer");
        Objects.requireNonNull(dayOne, "dayOne");
    }

    public static CalendarConventions defaults() {
        return new CalendarConventions(
                DraftPlanTarget.WEEK_14, PhaseTransferBoundary.DAY_BEFORE, DayOneCounting.EVENT_DAY_EXCLUDED);
    }

    public CalendarConventions withDraftPlanTarget(DraftPlanTarget target) {
        return new CalendarConventions(target, phaseTransfer, dayOne);
    }

    public CalendarConventions withPhaseTransfer(PhaseTransferBoundary boundary) {
        return new CalendarConventions(draftPlanTarget, boundary, dayOne);
    }

    public CalendarConventions withDayOne(DayOneCounting counting) {
        return new CalendarConventions(draftPlanTarget, phaseTransfer, counting);
    }
}
