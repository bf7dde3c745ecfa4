package uk.send.platform.feedback;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A survey offered to a child's family for one case at one key point. The response itself is kept apart when the
 * family asked for that, so an answered invitation says only that it was answered.
 */
public record Invitation(String id, String caseId, KeyPoint keyPoint, String surveyId, int surveyVersion, String team,
        String source, InvitationStatus status, Instant createdAt, String createdBy, Instant sendAfter,
        LocalDate invitedOn, LocalDate expiresOn, int remindersSent, LocalDate answeredOn, boolean hasEmail) {

    public boolean automatic() {
        return "AUTOMATIC".equals(source);
    }
}
