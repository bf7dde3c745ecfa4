package uk.send.platform.kernel;

/** No record with that id (or none the user may see): 404. */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String what) {
        super(what + " not found");
    }
}
