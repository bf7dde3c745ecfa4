package uk.send.platform.advice.internal;

/** Where an advice request stands for the service it is addressed to. */
enum RequestStatus {
    NEW("New", "govuk-tag--blue"),
    IN_PROGRESS("In progress", "govuk-tag--light-blue"),
    RETURNED("Returned", "govuk-tag--green"),
    WITHDRAWN("Withdrawn", "govuk-tag--grey");

    private final String label;
    private final String tagClass;

    RequestStatus(String label, String tagClass) {
        this.label = label;
        this.tagClass = tagClass;
    }

    public String label() {
        return label;
    }

    public String tagClass() {
        return tagClass;
    }

    boolean open() {
        return this == NEW || this == IN_PROGRESS;
    }
}
