package uk.send.platform.calendar;

/**
 * The time limit for deciding on a request for re-assessment (reg 25(1)). 15 days is unverified against the
 * primary text (statutory-rules 1.3 and 11, [U]; decision 0016).
 */
public enum ReassessmentDecision {
    /** statutory-rules 1.3: notify within 15 days of the request; the stricter reading, and the default. */
    DAYS_15,
    /** The reg 5(1) period for a first request, 6 weeks, for a council whose legal advice reads reg 25 that way. */
    WEEKS_6
}
