package uk.send.platform.advice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.send.platform.casework.AdviceRequested;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;

/**
 * A reaction, not a projection: tells the partner service by email that advice has been asked of it, once the case
 * event is committed. It runs after commit in its own transaction and is recorded in the event publication registry,
 * so a failure here never refuses the case event and is retried until it succeeds. Only requests still within their
 * 6 weeks (reg 8(1)) are announced: a history imported or recorded after its due date is chased by the reminders
 * instead, and leaves nothing in the registry. The email names the request's reference, never the child.
 */
@Component
class NewRequestEmail {

    static final String TEMPLATE = "advice-request";

    private final AdviceRequests requests;
    private final PartnerServices services;
    private final Notifications notifications;
    private final Clock clock;
    private final String baseUrl;

    NewRequestEmail(AdviceRequests requests, PartnerServices services, Notifications notifications, Clock clock,
            @Value("${send.base-url:http://localhost:8080}") String baseUrl) {
        this.requests = requests;
        this.services = services;
        this.notifications = notifications;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** Whether the request is still within its 6 weeks, so worth announcing (the listener's condition). */
    public boolean stillDue(AdviceRequested event) {
        return event.dueOn() != null && !event.dueOn().isBefore(LocalDate.now(clock));
    }

    @ApplicationModuleListener(condition = "@newRequestEmail.stillDue(#event)")
    void on(AdviceRequested event) {
        requests.findByCase(event.caseId(), event.adviceId()).filter(AdviceRequest::open).ifPresent(this::announce);
    }

    private void announce(AdviceRequest request) {
        String reference = reference(request.id());
        if (request.serviceId() == null || notifications.countByReference(reference) > 0) {
            return;
        }
        services.find(request.serviceId()).filter(s -> s.contactEmail() != null && !s.contactEmail().isBlank())
                .ifPresent(service -> notifications.queue(email(request, service, reference)));
    }

    static String reference(String requestId) {
        return "advice-request:" + requestId;
    }

    private NewNotification email(AdviceRequest request, PartnerService service, String reference) {
        String link = baseUrl + "/advice/requests/" + request.id();
        String subject = "New advice request " + request.reference() + " for " + service.name();
        String body = "The SEND statutory team has asked " + service.name() + " for "
                + request.kind().label().toLowerCase() + " (request " + request.reference() + ", made on "
                + Dates.format(request.requestedOn()) + ").\n\nThe SEND Regulations 2014, regulation 8(1), give 6 "
                + "weeks to respond, so the advice is due by " + Dates.format(request.dueOn())
                + ".\n\nSign in to accept the request and give your advice: " + link;
        return new NewNotification(service.contactEmail(), TEMPLATE, subject, body, Map.of("reference",
                request.reference(), "service", service.name(), "due_on", Dates.format(request.dueOn()), "link", link),
                reference);
    }
}
