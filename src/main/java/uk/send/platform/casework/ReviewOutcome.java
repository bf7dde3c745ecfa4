package uk.send.platform.casework;

/** The LA's decision after a review meeting (reg 20(10)); SEN2 ReviewOutcome M, A, C. */
public enum ReviewOutcome {
    MAINTAIN("Keep the plan as it is"),
    AMEND("Amend the plan"),
    CEASE("Cease to maintain the plan");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
