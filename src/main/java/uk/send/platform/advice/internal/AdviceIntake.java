package uk.send.platform.advice.internal;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Opens, closes and withdraws advice requests as the case history says. Each step is idempotent, so the same case
 * event seen twice changes nothing the second time.
 */
@Component
class AdviceIntake {

    private final AdviceRequests requests;
    private final PartnerServices services;
    private final AdviceClock clock;

    AdviceIntake(AdviceRequests requests, PartnerServices services, AdviceClock clock) {
        this.requests = requests;
        this.services = services;
        this.clock = clock;
    }

    /** A new request, routed to a service, due when casework's {@code advice:<adviceId>} limit says (reg 8(1)). */
    void requested(String caseId, String adviceId, String childId, AdviceKind kind, String recipient,
            LocalDate requestedOn, LocalDate dueOn) {
        if (requests.findByCase(caseId, adviceId).isPresent()) {
            return;
        }
        Long serviceId = services.route(kind, recipient).map(PartnerService::id).orElse(null);
        requests.insert(new AdviceRequest(UUID.randomUUID().toString(), caseId, adviceId, childId, kind,
                limit(recipient), serviceId, requestedOn, dueOn, RequestStatus.NEW, null, null, null, null, null,
                null, 0), clock.clock().instant());
    }

    /**
     * The case records the advice as received. After a portal submission the request is already returned; otherwise
     * the caseworker received it another way (post, email) and the request closes as returned through casework.
     */
    void receivedOnCase(String caseId, String adviceId, LocalDate receivedOn) {
        requests.findByCase(caseId, adviceId).filter(AdviceRequest::open).ifPresent(r ->
                requests.returned(r.id(), receivedOn, "CASEWORK", null, null, null, clock.clock().instant()));
    }

    /** The journey ended (withdrawn, transferred out): nothing more is asked of the services. */
    void caseClosed(String caseId, LocalDate closedOn) {
        requests.openForCase(caseId).forEach(r -> requests.withdrawn(r.id(), closedOn, clock.clock().instant()));
    }

    private static String limit(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }
}
