package uk.send.platform.health.internal;

import uk.send.platform.calendar.RuleKeys;

/**
 * Every time limit the health pathways run, in one place, as casework's {@code CaseLimit} names its own: the rule
 * book key and regulation, what opens it, what meets it and what excuses it. The period is the rule book's.
 */
public enum HealthLimit {

    /** Statutory-rules 4.1: the health assessment comes before the first review, within 20 working days. */
    INITIAL_HEALTH_ASSESSMENT(RuleKeys.LOOKED_AFTER_HEALTH_ASSESSMENT,
            "Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1) with reg 7",
            "the child becomes looked after (the day itself not counted)",
            "the initial health assessment by a registered medical practitioner is done",
            "nothing: a reason for lateness is recorded, but the assessment still counts as late");

    private final String ruleKey;
    private final String citation;
    private final String opens;
    private final String meets;
    private final String excuses;

    HealthLimit(String ruleKey, String citation, String opens, String meets, String excuses) {
        this.ruleKey = ruleKey;
        this.citation = citation;
        this.opens = opens;
        this.meets = meets;
        this.excuses = excuses;
    }

    public String ruleKey() {
        return ruleKey;
    }

    public String citation() {
        return citation;
    }

    public String opens() {
        return opens;
    }

    public String meets() {
        return meets;
    }

    public String excuses() {
        return excuses;
    }
}
