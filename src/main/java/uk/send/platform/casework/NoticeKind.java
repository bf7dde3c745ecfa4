package uk.send.platform.casework;

/** The statutory notices a family receives; each is recorded with how, when and to whom it was sent. */
public enum NoticeKind {
    DECISION_TO_ASSESS("Decision to assess", "reg 5(1)"),
    DECISION_NOT_TO_ASSESS("Decision not to assess", "reg 5(3)"),
    DECISION_NOT_TO_ISSUE("Decision not to issue a plan", "reg 10(3)"),
    DRAFT_PLAN("Draft plan", "reg 13(1)"),
    FINAL_PLAN("Final plan", "reg 14"),
    EXCEPTION("Delay under an exception", "Code of Practice 9.43"),
    REVIEW_DECISION("Review decision", "reg 20(10)"),
    AMENDMENT_PROPOSALS("Proposed amendments", "reg 22(2)"),
    AMENDED_PLAN("Amended plan", "reg 22(3)"),
    DECISION_NOT_TO_AMEND("Decision not to amend the plan", "reg 22(4)"),
    DECISION_NOT_TO_REASSESS("Decision not to re-assess", "reg 25(1)"),
    CEASE_CONSIDERED("Considering ceasing the plan", "reg 31(1)"),
    CEASE_DECISION("Decision to cease the plan", "reg 31(3)"),
    TRANSFER_IN("Plan transferred from another authority", "reg 15(4)"),
    OTHER("Other letter", "");

    private final String label;
    private final String regulation;

    NoticeKind(String label, String regulation) {
        this.label = label;
        this.regulation = regulation;
    }

    public String label() {
        return label;
    }

    public String citation() {
        if (regulation.isEmpty()) {
            return "";
        }
        return regulation.startsWith("Code") ? regulation : "SEND Regulations 2014 " + regulation;
    }
}
