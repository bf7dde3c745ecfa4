package uk.send.platform.identifiers;

/**
 * Thrown when text is not a valid identifier.
 *
 * <p>The message is written for the person who typed the value, in the GOV.UK error-message
 * style, so a form can show it unchanged. It never repeats the value, which may be personal data.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidIdentifierException(String message) {
        super(message);
    }
}
