package uk.send.platform.insight;

/** Which records behind a figure a drill-down lists: those counted above the line or below it. */
public enum Part {
    NUMERATOR, DENOMINATOR
}
