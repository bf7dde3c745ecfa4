package uk.send.platform.calendar;

import java.util.Objects;

/** The date conventions a council may choose where the sources disagree; see docs/decisions 0002-0004, 0015, 0016. */
public record CalendarConventions(
        DraftPlanTarget draftPlanTarget, PhaseTransferBoundary phaseTransfer, DayOneCounting dayOne,
        NotToAmendNotice notToAmendNotice, ReassessmentDecision reassessmentDecision) {

    public CalendarConventions {
        Objects.requireNonNull(draftPlanTarget, "draftPlanTarget");
        Objects.requireNonNull(phaseTransfer, "phaseTransfer");
        Objects.requireNonNull(dayOne, "dayOne");
        Objects.requireNonNull(notToAmendNotice, "notToAmendNotice");
        Objects.requireNonNull(reassessmentDecision, "reassessmentDecision");
    }

    /** The first three conventions, with the defaults for the rest. */
    public CalendarConventions(DraftPlanTarget draftPlanTarget, PhaseTransferBoundary phaseTransfer,
            DayOneCounting dayOne) {
        this(draftPlanTarget, phaseTransfer, dayOne, NotToAmendNotice.WEEK_8, ReassessmentDecision.DAYS_15);
    }

    public static CalendarConventions defaults() {
        return new CalendarConventions(
                DraftPlanTarget.WEEK_14, PhaseTransferBoundary.DAY_BEFORE, DayOneCounting.EVENT_DAY_EXCLUDED);
    }

    public CalendarConventions withDraftPlanTarget(DraftPlanTarget target) {
        return new CalendarConventions(target, phaseTransfer, dayOne, notToAmendNotice, reassessmentDecision);
    }

    public CalendarConventions withPhaseTransfer(PhaseTransferBoundary boundary) {
        return new CalendarConventions(draftPlanTarget, boundary, dayOne, notToAmendNotice, reassessmentDecision);
    }

    public CalendarConventions withDayOne(DayOneCounting counting) {
        return new CalendarConventions(draftPlanTarget, phaseTransfer, counting, notToAmendNotice,
                reassessmentDecision);
    }

    public CalendarConventions withNotToAmendNotice(NotToAmendNotice notice) {
        return new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne, notice, reassessmentDecision);
    }

    public CalendarConventions withReassessmentDecision(ReassessmentDecision decision) {
        return new CalendarConventions(draftPlanTarget, phaseTransfer, dayOne, notToAmendNotice, decision);
    }
}
