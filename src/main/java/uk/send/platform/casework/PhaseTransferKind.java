package uk.send.platform.casework;

import uk.send.platform.calendar.RuleKeys;

/** Which reg 18 deadline a move between phases of education falls under. */
public enum PhaseTransferKind {
    SECONDARY_TO_POST16("Secondary school to a post-16 institution", RuleKeys.PHASE_TRANSFER_SECONDARY_TO_POST16),
    OTHER_PHASE("Any other transfer between phases (for example primary to secondary)", RuleKeys.PHASE_TRANSFER_OTHER),
    POST16_AT_OTHER_TIME("Between post-16 institutions at another time", RuleKeys.POST16_TRANSFER_OTHER_TIME);

    private final String label;
    private final String ruleKey;

    PhaseTransferKind(String label, String ruleKey) {
        this.label = label;
        this.ruleKey = ruleKey;
    }

    public String label() {
        return label;
    }

    public String ruleKey() {
        return ruleKey;
    }
}
