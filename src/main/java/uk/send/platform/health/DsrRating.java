package uk.send.platform.health;

/**
 * The Dynamic Support Register's RAG+Blue rating (NHS England rating tool wording, statutory-rules section 7), in the
 * order the register is read at a meeting: most urgent first.
 */
public enum DsrRating {
    RED("Red", "At high risk of going into hospital straight away: the person or family is in crisis"),
    AMBER("Amber", "At high risk of going into hospital if they do not get the right care and treatment soon"),
    BLUE("Blue", "Already in a mental health hospital"),
    GREEN("Green", "Could need hospital, but the risks are being managed well at home or in the community");

    private final String label;
    private final String meaning;

    DsrRating(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The GOV.UK tag class the register shows the rating in. */
    public String tag() {
        return switch (this) {
            case RED -> "govuk-tag govuk-tag--red";
            case AMBER -> "govuk-tag govuk-tag--orange";
            case BLUE -> "govuk-tag govuk-tag--blue";
            case GREEN -> "govuk-tag govuk-tag--green";
        };
    }
}
