package uk.send.platform.kernel;

/**
 * The change conflicts with the record's current state: a stale version (409) or a step the journey does not
 * allow now. Nothing was stored.
 */
public class ConflictingChange extends RuntimeException {

    private final int status;

    public ConflictingChange(String reason) {
        this(409, reason);
    }

    public ConflictingChange(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
