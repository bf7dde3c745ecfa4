package uk.send.platform.access;

/** How far a permission reaches: the user's own caseload, their team, their service, or the whole Local Area. */
public enum Scope {
    OWN, TEAM, SERVICE, ALL;

    public boolean covers(Scope needed) {
        return ordinal() >= needed.ordinal();
    }
}
