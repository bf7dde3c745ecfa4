package uk.send.platform.insight;

/** What a measure's value is: a share of its denominator, a number of records, or an average in weeks. */
public enum Unit {
    PERCENT("%"),
    COUNT(""),
    WEEKS(" weeks");

    private final String suffix;

    Unit(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
