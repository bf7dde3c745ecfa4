package uk.send.platform.advice;

import java.time.LocalDate;

/**
 * The {@code advice-within-6-weeks} figure for a period: of the advice requests received in the period or overdue
 * in it, how many were returned within 6 weeks of the request (reg 8(1)). See docs/decisions/0040.
 */
public record AdviceMeasure(String key, LocalDate from, LocalDate to, long numerator, long denominator) {

    public static final String KEY = "advice-within-6-weeks";

    /** The share returned within 6 weeks, 0 to 1; null when there is nothing to measure. */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
