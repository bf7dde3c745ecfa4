package uk.send.platform.advice.internal;

/**
 * The kinds of advice an LA must seek for an EHC needs assessment (reg 6(1)): the same values as the API contract's
 * {@code service} field. Each kind has its own structured form.
 */
enum AdviceKind {
    EDUCATIONAL_PSYCHOLOGY("Educational psychology advice", "educational-psychology"),
    HEALTH("Health advice", "health-appendix-c"),
    SOCIAL_CARE("Social care advice", "social-care"),
    EDUCATION("Education advice", "education"),
    OTHER("Other advice", "other");

    private final String label;
    private final String formCode;

    AdviceKind(String label, String formCode) {
        this.label = label;
        this.formCode = formCode;
    }

    public String label() {
        return label;
    }

    String formCode() {
        return formCode;
    }
}
