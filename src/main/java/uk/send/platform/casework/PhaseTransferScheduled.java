package uk.send.platform.casework;

import java.time.LocalDate;

/**
 * A move between phases of education was scheduled for the plan in force (reg 18): the plan must be reviewed and,
 * where necessary, amended by reviewDueOn, the deadline the kind of transfer sets for transferOn (rule book key
 * {@link PhaseTransferKind#ruleKey()}: 15 February or 31 March of the transfer's year, or 5 months before).
 */
public record PhaseTransferScheduled(String caseId, String childId, LocalDate scheduledOn, PhaseTransferKind kind,
        LocalDate transferOn, LocalDate reviewDueOn) {
}
