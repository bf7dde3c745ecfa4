package uk.send.platform.calendar;

/** How to read "before 15 February / 31 March" in reg 18(1) (statutory-rules 2.3; decision 0003). */
public enum PhaseTransferBoundary {
    /** The strict reading of "before": the last compliant day is 14 Feb / 30 Mar. */
    DAY_BEFORE,
    /** The "by" reading of most secondary sources: 15 Feb / 31 Mar itself. */
    ON_THE_DATE
}
