package uk.send.platform.casework;

import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.deadlines.DeadlineChanged;

/**
 * How casework names its deadlines on the {@link DeadlineChanged} events it publishes, so modules that follow them
 * match on casework's own names: the owner {@code case}, the contract's keys (api-contract.md, e.g. {@code finalPlan},
 * {@code annualReview}), one {@code advice:<adviceId>} per advice request and {@code phaseTransfer} for the review
 * before a scheduled phase transfer (reg 18).
 */
public final class CaseDeadlineKeys {

    /** The owner named on every deadline casework publishes. */
    public static final String OWNER = "case";
    public static final String PHASE_TRANSFER = "phaseTransfer";
    public static final String ADVICE_PREFIX = RuleKeys.ADVICE + ":";

    private CaseDeadlineKeys() {
    }

    /** Whether the change is about one of an EHC journey's deadlines. */
    public static boolean ofCase(DeadlineChanged change) {
        return OWNER.equals(change.owner());
    }

    public static boolean isAdvice(String key) {
        return key.startsWith(ADVICE_PREFIX);
    }

    /** The key of one advice request's limit. */
    public static String advice(String adviceId) {
        return ADVICE_PREFIX + adviceId;
    }

    /** The advice request an advice key is for. */
    public static String adviceId(String key) {
        return key.substring(ADVICE_PREFIX.length());
    }
}
