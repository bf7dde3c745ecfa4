package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.List;

/** What a service's monthly report shows: the month's figures, the trend before it, and the late requests. */
record MonthlyReport(String localArea, PartnerService service, ServiceMonth figures, List<ServiceMonth> trend,
        List<LateLine> late, LocalDate asOf) {

    /** A late request by reference only: the report goes to the service and may be forwarded, so no names. */
    record LateLine(String reference, LocalDate requestedOn, LocalDate dueOn, LocalDate receivedOn, long daysLate,
            LateReason reason, boolean planDelayed) {

        public String reasonText() {
            return reason == null ? "Outstanding" : reason.shortText();
        }
    }

    /** The figure this report gives: advice due in the month (not the dashboard's advice-within-6-weeks measure). */
    public TimelinessFigure figure() {
        return TimelinessFigure.DUE_IN_MONTH;
    }

    /** The other figure, named so a reader does not mistake one for the other. */
    public TimelinessFigure otherFigure() {
        return TimelinessFigure.RECEIVED_OR_OVERDUE;
    }

    public String monthText() {
        return Dates.format(figures.month());
    }

    public String asOfText() {
        return Dates.format(asOf);
    }

    /** The opening sentence, in words a service manager reads aloud at a board. */
    public String summary() {
        ServiceMonth f = figures;
        if (f.due() == 0) {
            return "No advice requests to " + service.name() + " fell due in " + monthText() + ".";
        }
        String text = "Of the " + f.due() + " advice " + (f.due() == 1 ? "request" : "requests") + " due in "
                + monthText() + ", " + f.onTime() + " " + (f.onTime() == 1 ? "was" : "were")
                + " returned within 6 weeks of the request";
        if (f.judged() > 0) {
            text += " (" + f.percentText() + " of those that could be judged)";
        }
        text += ". " + f.late() + (f.late() == 1 ? " was" : " were") + " late, affecting " + f.childrenAffected()
                + (f.childrenAffected() == 1 ? " child" : " children");
        text += "; " + f.plansDelayed() + (f.plansDelayed() == 1 ? " child's EHC plan" : " children's EHC plans")
                + " missed the 20-week time limit while this advice was late.";
        return text;
    }
}
