package uk.send.platform.advice.internal;

import java.time.LocalDate;
import uk.send.platform.advice.AdviceMeasure;

/**
 * The advice-within-6-weeks measure for a period, broken down so its parts add up (docs/decisions/0040): every
 * request measured is either received in the period (within 6 weeks or late) or overdue and not received by its end.
 */
record MeasureCounts(long measured, long received, long withinSixWeeks) {

    public long receivedLate() {
        return received - withinSixWeeks;
    }

    public long overdue() {
        return measured - received;
    }

    public String percentText() {
        return Percent.text(withinSixWeeks, measured, "Nothing to measure");
    }

    AdviceMeasure measure(LocalDate from, LocalDate to) {
        return new AdviceMeasure(AdviceMeasure.KEY, from, to, withinSixWeeks, measured);
    }
}
