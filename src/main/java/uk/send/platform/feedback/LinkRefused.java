package uk.send.platform.feedback;

/**
 * A one-time link that does not open a survey: gone (answered, expired or withdrawn: 410) or never issued (404). It
 * carries nothing about whose link it was.
 */
public class LinkRefused extends RuntimeException {

    private final boolean gone;

    public LinkRefused(boolean gone) {
        super(gone ? "This link no longer works" : "This link is not recognised");
        this.gone = gone;
    }

    public boolean gone() {
        return gone;
    }
}
