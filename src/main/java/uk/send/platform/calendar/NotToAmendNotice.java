package uk.send.platform.calendar;

/**
 * The time limit for notifying a decision not to amend a plan after proposing amendments (reg 22(4)). The primary
 * text seen was truncated; 8 weeks comes from a secondary source (statutory-rules 2.2; decision 0015).
 */
public enum NotToAmendNotice {
    /** Enfield SENDIASS's reading, the same period as the amended plan under reg 22(3). */
    WEEK_8(8),
    /** A stricter local reading until the primary text is confirmed; never later than the 8-week reading. */
    WEEK_4(4);

    private final int weeks;

    NotToAmendNotice(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }
}
