package uk.send.platform.insight.internal;

/** The SEN2 type of need (SENneed, rank 1) a plan names first; NOT_RECORDED until a need is published. */
enum PrimaryNeed {
    ASD("Autistic spectrum disorder"),
    SEMH("Social, emotional and mental health"),
    SLCN("Speech, language and communication needs"),
    MLD("Moderate learning difficulty"),
    SLD("Severe learning difficulty"),
    PMLD("Profound and multiple learning difficulty"),
    SPLD("Specific learning difficulty"),
    PD("Physical disability"),
    HI("Hearing impairment"),
    VI("Vision impairment"),
    MSI("Multi-sensory impairment"),
    DS("Down syndrome"),
    OTH("Other difficulty or disability"),
    NOT_RECORDED("Not recorded");

    private final String label;

    PrimaryNeed(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
