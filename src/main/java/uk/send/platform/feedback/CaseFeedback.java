package uk.send.platform.feedback;

import java.util.List;
import java.util.Map;

/** A case's invitations with their deliveries, and the answers its family gave without asking to stay anonymous. */
public record CaseFeedback(String caseId, String childName, String team, List<Invitation> invitations,
        Map<String, List<Delivery>> deliveries, List<CaseResponse> answers, Map<String, String> questionTexts) {
}
