package uk.send.platform.casework;

/** How one plan entry differs between two versions; before or after is null when it was added or removed. */
public record PlanChange(String key, PlanSection section, Kind kind, PlanItem before, PlanItem after) {

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }
}
