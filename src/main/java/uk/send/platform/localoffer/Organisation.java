package uk.send.platform.localoffer;

/** An organisation that provides services in the Local Offer. */
public record Organisation(String id, String name, String description, String email, String website) {
}
