package uk.send.platform.casework;

/** What the First-tier Tribunal (SEND) decided, or how the appeal otherwise ended. */
public enum AppealOutcome {
    UPHELD("Upheld"),
    PARTLY_UPHELD("Partly upheld"),
    DISMISSED("Dismissed"),
    WITHDRAWN("Withdrawn by the family");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean favoursFamily() {
        return this == UPHELD || this == PARTLY_UPHELD;
    }
}
