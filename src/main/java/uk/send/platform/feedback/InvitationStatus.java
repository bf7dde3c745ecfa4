package uk.send.platform.feedback;

/** Where an invitation has got to. */
public enum InvitationStatus {
    SCHEDULED("Waiting to be sent"),
    INVITED("Sent, not answered yet"),
    ANSWERED("Answered"),
    EXPIRED("Link expired without an answer"),
    CANCELLED("Not sent: the journey moved on");

    private final String label;

    InvitationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
