package uk.send.platform.advice;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * The {@code advice-within-6-weeks} figure for a period: of the advice requests received in the period or overdue
 * in it, how many were returned within 6 weeks of the request (reg 8(1)). See docs/decisions/0040.
 */
public record AdviceMeasure(String key, LocalDate from, LocalDate to, long numerator, long denominator) {

    public static final String KEY = "advice-within-6-weeks";
    /** Its name ("... in March 2024") beside the monthly figures per service, which count the requests due in a month. */
    public static final String NAME = "Advice received or overdue";
    public static final String DEFINITION = "Requests whose advice came back in the period, or that were overdue and "
            + "not back at its end (a request withdrawn with its journey is overdue until the day it was withdrawn); "
            + "returned within 6 weeks: those that came back in the period by their due date.";

    @JsonProperty("name")
    public String name() {
        return NAME;
    }

    @JsonProperty("definition")
    public String definition() {
        return DEFINITION;
    }

    /** The share returned within 6 weeks, 0 to 1; null when there is nothing to measure. */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
