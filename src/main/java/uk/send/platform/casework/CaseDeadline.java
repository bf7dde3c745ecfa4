package uk.send.platform.casework;

import java.time.LocalDate;
import uk.send.platform.deadlines.DeadlineKind;
import uk.send.platform.deadlines.DeadlineStatus;

/**
 * One deadline as the API shows it: key, due date, the rule's citation, when it was met and its status
 * (api-contract.md), with the explanation a caseworker reads ("Final plan due 1 Dec 2025: 20 weeks from ...").
 */
public record CaseDeadline(String key, LocalDate dueOn, String rule, LocalDate metOn, DeadlineStatus status,
        String title, LocalDate anchor, String explanation, DeadlineKind kind, boolean overdue,
        boolean exceptionApplies) {
}
