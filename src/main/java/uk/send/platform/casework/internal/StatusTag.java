package uk.send.platform.casework.internal;

import java.time.LocalDate;
import uk.send.platform.casework.CaseDeadline;
import uk.send.platform.casework.CaseSummary;

/** A GOV.UK tag for a deadline's state, so overdue and due-soon work stands out at a glance. */
record StatusTag(String text, String css) {

    static StatusTag of(CaseDeadline d, LocalDate today) {
        return switch (d.status()) {
            case MET -> new StatusTag("Met", "govuk-tag govuk-tag--green");
            case MISSED -> d.overdue() ? new StatusTag("Overdue", "govuk-tag govuk-tag--red")
                    : new StatusTag("Missed", "govuk-tag govuk-tag--orange");
            case OPEN -> d.dueOn().isAfter(today.plusDays(7)) ? new StatusTag("Open", "govuk-tag govuk-tag--blue")
                    : new StatusTag("Due this week", "govuk-tag govuk-tag--yellow");
        };
    }

    static StatusTag of(CaseSummary c) {
        if (c.nextDueOn() == null) {
            return new StatusTag("Nothing due", "govuk-tag govuk-tag--grey");
        }
        if (c.overdue()) {
            return new StatusTag("Overdue", "govuk-tag govuk-tag--red");
        }
        return c.dueThisWeek() ? new StatusTag("Due this week", "govuk-tag govuk-tag--yellow")
                : new StatusTag("Open", "govuk-tag govuk-tag--blue");
    }
}
