package uk.send.platform.casework.internal;

import java.time.LocalDate;
import uk.send.platform.casework.CaseSummary;
import uk.send.platform.children.ChildSummary;

/** A list row with the child's name beside it and its next deadline read against today. */
final class CaseSummaries {

    private CaseSummaries() {
    }

    static CaseSummary of(CaseQueries.Row r, ChildSummary child, LocalDate today) {
        boolean overdue = r.nextDueOn() != null && r.nextDueOn().isBefore(today);
        boolean thisWeek = r.nextDueOn() != null && !overdue && !r.nextDueOn().isAfter(today.plusDays(7));
        String setting = r.settingUrn() != null ? r.settingUrn() : r.settingType();
        return new CaseSummary(r.id(), r.childId(), child == null ? "Unknown child" : child.fullName(),
                child == null ? null : child.dateOfBirth(), r.stage(), r.caseworker(), r.team(), setting,
                r.requestReceivedOn(), r.nextDueKey(), r.nextDueOn(), overdue, thisWeek, r.version());
    }
}
