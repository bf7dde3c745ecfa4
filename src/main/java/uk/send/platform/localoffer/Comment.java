package uk.send.platform.localoffer;

import java.time.Instant;

/** A family's comment on the Local Offer and, once published, the Local Area's response (reg 56). */
public record Comment(long id, String serviceId, String about, String body, Instant receivedAt, String state,
        String response, Instant decidedAt, int version) {
}
