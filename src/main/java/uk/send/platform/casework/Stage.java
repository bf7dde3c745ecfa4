package uk.send.platform.casework;

import java.util.EnumSet;
import java.util.Set;

/** Where an EHC journey stands; derived from its events, never set by hand. */
public enum Stage {
    REQUEST_RECEIVED("Request received", "Deciding whether to assess"),
    NOT_ASSESSING("Not assessing", "Decided not to assess; open to mediation and appeal"),
    ASSESSMENT("Assessment", "Gathering advice; deciding whether to issue a plan"),
    NOT_ISSUING("Not issuing a plan", "Decided not to issue a plan; open to mediation and appeal"),
    DRAFTING("Drafting the plan", "Decided to issue a plan; draft being written"),
    DRAFT_ISSUED("Draft plan issued", "Representations and consultation with settings"),
    PLAN_MAINTAINED("Plan maintained", "Final plan issued; annual review cycle"),
    REVIEW("Annual review", "Review meeting held; decision due"),
    AMENDMENT("Amending the plan", "Amendments proposed or ordered; amended plan due"),
    REASSESSMENT("Re-assessment", "Re-assessing needs; amended or replacement plan due"),
    CEASING("Considering ceasing", "Consulting on or deciding to cease the plan"),
    CEASED("Plan ceased", "The plan is no longer maintained"),
    WITHDRAWN("Withdrawn", "The request was withdrawn or the journey closed before a plan"),
    TRANSFERRED_OUT("Transferred out", "The plan transferred to another local authority (reg 15)");

    private static final Set<Stage> CLOSED = EnumSet.of(CEASED, WITHDRAWN, TRANSFERRED_OUT);
    private static final Set<Stage> PLAN_IN_FORCE = EnumSet.of(PLAN_MAINTAINED, REVIEW, AMENDMENT, REASSESSMENT, CEASING);
    private static final Set<Stage> BEFORE_PLAN = EnumSet.of(REQUEST_RECEIVED, ASSESSMENT, DRAFTING, DRAFT_ISSUED);

    private final String label;
    private final String description;

    Stage(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Nothing more can be recorded. */
    public boolean closed() {
        return CLOSED.contains(this);
    }

    public boolean planInForce() {
        return PLAN_IN_FORCE.contains(this);
    }

    /** On the way to a first plan: the 20-week clock is running. */
    public boolean beforePlan() {
        return BEFORE_PLAN.contains(this);
    }

    /** Ended without a plan but still open to mediation and appeal. */
    public boolean refused() {
        return this == NOT_ASSESSING || this == NOT_ISSUING;
    }

    public static Set<Stage> closedStages() {
        return CLOSED;
    }
}
