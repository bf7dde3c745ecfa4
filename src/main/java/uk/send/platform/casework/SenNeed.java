package uk.send.platform.casework;

/** The SEN2 types of need (SENtype): a plan names a primary need and at most one secondary need. */
public enum SenNeed {
    SPLD("Specific learning difficulty"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    PD("Physical disability"),
    ASD("Autistic spectrum disorder"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability");

    private final String label;

    SenNeed(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
