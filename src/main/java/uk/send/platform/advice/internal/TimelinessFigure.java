package uk.send.platform.advice.internal;


/**
 * The two advice timeliness figures, which count different requests and so carry different names wherever they are
 * shown (page, CSV and XLSX, PDF report, API): docs/decisions/0040.
 */
enum TimelinessFigure {

    /** The monthly figures per service: requests due in the month. */
    DUE_IN_MONTH("advice-due-in-month", "Advice due",
            "Requests whose 6 weeks ended in the month, judged as at the date shown: returned by the due date, "
                    + "or late; requests not yet due are left out of the percentage, withdrawn requests left out."),

    /**
     * The dashboard's measure advice-within-6-weeks: requests received in the period or overdue at its end. Insight
     * counts it (the only count); advice names it here beside its own figure and shows insight's number.
     */
    RECEIVED_OR_OVERDUE("advice-within-6-weeks", "Advice received or overdue",
            "Requests whose advice came back in the period, or that were overdue and not back at its end (a request "
                    + "withdrawn with its journey is overdue until the day it was withdrawn); returned within 6 weeks: "
                    + "those that came back in the period by their due date.");

    private final String key;
    private final String label;
    private final String definition;

    TimelinessFigure(String key, String label, String definition) {
        this.key = key;
        this.label = label;
        this.definition = definition;
    }

    public String key() {
        return key;
    }

    /** Its name, e.g. "Advice due". */
    public String label() {
        return label;
    }

    /** Its name for a month, e.g. "Advice due in March 2024". */
    public String labelFor(String month) {
        return label + " in " + month;
    }

    /** One line on what it counts. */
    public String definition() {
        return definition;
    }
}
