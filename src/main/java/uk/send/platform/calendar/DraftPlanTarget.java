package uk.send.platform.calendar;

/** Local target for the draft EHC plan; no statutory deadline exists (statutory-rules 1.1; decision 0002). */
public enum DraftPlanTarget {
    /** IPSEA: draft within 14 weeks of the request, leaving room for the 15-day window before week 20. */
    WEEK_14(14),
    /** Surrey SENDIASS and some solicitors: draft by week 16. */
    WEEK_16(16);

    private final int weeks;

    DraftPlanTarget(int weeks) {
        this.weeks = weeks;
    }

    public int weeks() {
        return weeks;
    }
}
