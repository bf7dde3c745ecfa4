package uk.send.platform.insight;

/** What a figure can be filtered or broken down by; CATEGORY is the measure's own split (reason, service, ...). */
public enum Dimension {
    TEAM("team", "Team"),
    NEED("need", "Primary need"),
    AGE_BAND("ageBand", "Age band"),
    SETTING("setting", "Setting type"),
    CATEGORY("category", "Category");

    private final String parameter;
    private final String label;

    Dimension(String parameter, String label) {
        this.parameter = parameter;
        this.label = label;
    }

    /** The name used in query strings: team, need, ageBand, setting, category. */
    public String parameter() {
        return parameter;
    }

    public String label() {
        return label;
    }

    public static java.util.Optional<Dimension> ofParameter(String name) {
        for (Dimension d : values()) {
            if (d.parameter.equals(name)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }
}
