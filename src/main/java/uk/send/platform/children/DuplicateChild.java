package uk.send.platform.children;

import uk.send.platform.kernel.ConflictingChange;

/** A child with this NHS number is already on the register: use that record instead of adding another. */
public class DuplicateChild extends ConflictingChange {

    private final String existingId;

    public DuplicateChild(String existingId) {
        super("A child with this NHS number is already on the register");
        this.existingId = existingId;
    }

    public String existingId() {
        return existingId;
    }
}
