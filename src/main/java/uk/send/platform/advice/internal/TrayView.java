package uk.send.platform.advice.internal;

/** The lists in a service's tray: what is still to do (overdue first), and what has been returned or withdrawn. */
enum TrayView {
    OPEN("To do", "status in ('NEW', 'IN_PROGRESS')", "due_on, id"),
    RETURNED("Returned", "status = 'RETURNED'", "received_on desc, id"),
    WITHDRAWN("Withdrawn", "status = 'WITHDRAWN'", "withdrawn_on desc, id");

    private final String label;
    private final String condition;
    private final String order;

    TrayView(String label, String condition, String order) {
        this.label = label;
        this.condition = condition;
        this.order = order;
    }

    public String label() {
        return label;
    }

    String condition() {
        return condition;
    }

    String order() {
        return order;
    }
}
