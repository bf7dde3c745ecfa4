package uk.send.platform.casework;

/** The partner services an LA asks for advice during an assessment (reg 6(1)). */
public enum AdviceService {
    EDUCATIONAL_PSYCHOLOGY("Educational psychology"),
    HEALTH("Health"),
    SOCIAL_CARE("Social care"),
    EDUCATION("Education"),
    OTHER("Other");

    private final String label;

    AdviceService(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
