package uk.send.platform.health;

/** Why an initial health assessment was done after its due date (recorded with the assessment; it excuses nothing). */
public enum LateReason {
    NOT_NOTIFIED_IN_TIME("Health services were not told in time that the child had become looked after"),
    CONSENT_NOT_RECEIVED("Consent to the assessment was not received in time"),
    PLACED_OUT_OF_AREA("The child was placed out of area and the assessment was arranged with another provider"),
    DID_NOT_ATTEND("The child or carer did not attend the appointment"),
    NO_APPOINTMENT_AVAILABLE("No appointment with a registered medical practitioner was available in time"),
    OTHER("Another reason, explained in the note");

    private final String label;

    LateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
