package uk.send.platform.feedback;

import java.time.LocalDate;

/**
 * An invitation just made, with its link: the only time the link's secret is shown (it is stored as a hash). The API
 * answers POST /api/v1/feedback/invitations with it.
 */
public record InvitationSent(String id, String link, LocalDate expiresOn) {
}
