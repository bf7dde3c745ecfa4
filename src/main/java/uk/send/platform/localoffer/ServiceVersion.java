package uk.send.platform.localoffer;

import java.time.Instant;

/**
 * One version of a service: proposed by an editor (SUBMITTED), then PUBLISHED or REJECTED by the Local Area; a
 * published version is SUPERSEDED by the next; an unapproved one is WITHDRAWN when a newer one is submitted.
 */
public record ServiceVersion(long id, String serviceId, String organisationId, int versionNo, String state,
        ServiceContent content, String note, String createdBy, Instant createdAt, String decidedBy, Instant decidedAt,
        String decisionNote) {

    public String stateLabel() {
        return switch (state) {
            case "SUBMITTED" -> "Waiting for approval";
            case "PUBLISHED" -> "Published";
            case "SUPERSEDED" -> "Published before";
            case "REJECTED" -> "Not approved";
            case "WITHDRAWN" -> "Replaced before approval";
            default -> "Draft";
        };
    }
}
