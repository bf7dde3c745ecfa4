package uk.send.platform.insight.internal;

/**
 * What insight counts. A FLOW counter counts records dated on an event (a decision, a plan issued); a STOCK
 * counter counts records standing on a day (a plan in force, an assessment past 20 weeks).
 */
enum Counter {
    REQUESTS(Kind.FLOW, "Request for assessment received"),
    ASSESSMENT_DECISIONS(Kind.FLOW, "Decision whether to assess"),
    PLANS_ISSUED(Kind.FLOW, "Final plan issued"),
    PLANS_CEASED(Kind.FLOW, "Plan ceased"),
    REVIEW_DECISIONS(Kind.FLOW, "Annual review decision"),
    ADVICE_RETURNED(Kind.FLOW, "Advice received"),
    PHASE_TRANSFERS(Kind.FLOW, "Phase transfer review due"),
    PLANS_IN_FORCE(Kind.STOCK, "Plan in force"),
    ASSESSMENTS_OVERDUE(Kind.STOCK, "Assessment open beyond 20 weeks"),
    REVIEWS_OVERDUE(Kind.STOCK, "Annual review overdue"),
    ADVICE_OVERDUE(Kind.STOCK, "Advice overdue and awaited");

    enum Kind { FLOW, STOCK }

    private final Kind kind;
    private final String what;

    Counter(Kind kind, String what) {
        this.kind = kind;
        this.what = what;
    }

    boolean stock() {
        return kind == Kind.STOCK;
    }

    /** What one record of this counter is, as a drill-down shows it. */
    String what() {
        return what;
    }
}
