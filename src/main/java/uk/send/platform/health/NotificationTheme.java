package uk.send.platform.health;

/** What a missed or late health notification was about: the themes the log is read by (IP7). */
public enum NotificationTheme {
    LOOKED_AFTER_NOT_NOTIFIED("Health not told that a child had become looked after"),
    ADVICE_REQUEST_NOT_RECEIVED("A request for health advice did not reach the health service"),
    DISCHARGE_NOT_SHARED("A hospital discharge was not shared with the child's other services"),
    CHANGE_OF_SCHOOL_OR_ADDRESS("A change of school or address was not shared"),
    RECORDS_NOT_LINKED("Records could not be linked: NHS number missing or wrong"),
    OTHER("Another theme, described in the note");

    private final String label;

    NotificationTheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
