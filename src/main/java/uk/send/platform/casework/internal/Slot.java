package uk.send.platform.casework.internal;

/** The typed columns of case_events that an event's named fields are kept in. */
enum Slot {
    CODE, OUTCOME, REF, OTHER_ON, PARTY, METHOD, REASONS
}
