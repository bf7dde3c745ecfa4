package uk.send.platform.casework;

import java.time.LocalDate;
import uk.send.platform.kernel.Paged;

/**
 * Deadlines across every case, for measures and the dashboard (api-contract.md "Measures"): read from the
 * deadlines kept with each event, so no history is replayed. ruleKey is a calendar RuleKeys name ("finalPlan",
 * "decisionToAssess", "advice", "reviewDecision"); periods include both ends.
 */
public interface CaseTimeliness {

    /** Deadlines under the rule met in the period: aggregates only, no personal data. */
    DeadlineCount met(String ruleKey, LocalDate from, LocalDate to);

    /** The records behind {@link #met}, for the drill-down; needs cases.read and keeps to the reader's scope. */
    Paged<DeadlineRecord> metRecords(String ruleKey, LocalDate from, LocalDate to, int page, int size);

    /** Deadlines under the rule that fell due in the period and were not met by the end of it. */
    long overdue(String ruleKey, LocalDate from, LocalDate to);
}
