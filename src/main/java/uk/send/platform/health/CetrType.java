package uk.send.platform.health;

/** Which Care (Education) and Treatment Review (statutory-rules section 7): in the community or in hospital. */
public enum CetrType {
    COMMUNITY("Community C(E)TR: may be about to be admitted"),
    INPATIENT("Inpatient C(E)TR: already in hospital");

    private final String label;

    CetrType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
