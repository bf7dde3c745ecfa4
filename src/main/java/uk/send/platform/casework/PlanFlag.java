package uk.send.platform.casework;

/** Something to put right before the plan is issued; itemKey is null when it is about a whole section. */
public record PlanFlag(Kind kind, String itemKey, String message) {

    public enum Kind {
        /** A need with no provision or no outcome (the golden thread is broken). */
        UNMET_NEED,
        /** Provision that serves no need. */
        PROVISION_WITHOUT_NEED,
        /** Wording that does not specify the provision ("access to", "as appropriate", "regular", ...). */
        VAGUE_WORDING,
        /** Provision without how often, for how long or by whom. */
        NOT_QUANTIFIED,
        /** An outcome without the date it should be achieved by, so it cannot be reviewed. */
        NO_TIMESCALE,
        /** A section the plan must have is empty. */
        EMPTY_SECTION
    }
}
