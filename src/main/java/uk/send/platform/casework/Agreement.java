package uk.send.platform.casework;

/** How a panel, a consulted setting or a mediation answered. */
public enum Agreement {
    AGREED("Agreed"),
    PARTLY_AGREED("Partly agreed"),
    NOT_AGREED("Not agreed"),
    DEFERRED("Deferred");

    private final String label;

    Agreement(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
