package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;

/**
 * Chases open advice requests: every morning, each request whose reminder window is open and whose reminder has not
 * been sent gets one email to its service (its contact address, else the provider holding the request) through the
 * notifications outbox. A reminder is recorded in the same transaction as the email it queues, keyed by request and
 * reminder, so it is never sent twice, whichever instance runs the job and however often. The email names the
 * request's reference, never the child.
 */
@Component
class AdviceChaser {

    static final String TEMPLATE = "advice-reminder";
    private static final Logger log = LoggerFactory.getLogger(AdviceChaser.class);
    private static final int BATCH = 200;

    private final AdviceRequests requests;
    private final PartnerServices services;
    private final ReminderSchedule schedule;
    private final Notifications notifications;
    private final UserAccounts users;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AdviceClock clock;
    private final String baseUrl;
    private final String la;

    AdviceChaser(AdviceRequests requests, PartnerServices services, ReminderSchedule schedule,
            Notifications notifications, UserAccounts users, JdbcClient jdbc, TransactionTemplate transactions,
            AdviceClock clock, @Value("${send.base-url:http://localhost:8080}") String baseUrl,
            LocalArea localArea) {
        this.requests = requests;
        this.services = services;
        this.schedule = schedule;
        this.notifications = notifications;
        this.users = users;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.la = localArea.code();
    }

    @Scheduled(cron = "${send.advice.reminders.cron:0 0 7 * * *}", zone = "Europe/London")
    void chaseToday() {
        int queued = chase(clock.today());
        log.info("Advice reminders queued: {}", queued);
    }

    /** Queues the reminders open on the day; returns how many were queued. */
    int chase(LocalDate day) {
        int queued = 0;
        String after = "";
        List<AdviceRequest> batch;
        do {
            batch = requests.openDueBy(day.plusDays(schedule.lookAheadDays()), after, BATCH);
            for (AdviceRequest request : batch) {
                queued += remind(request, day) ? 1 : 0;
            }
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == BATCH);
        return queued;
    }

    private boolean remind(AdviceRequest request, LocalDate day) {
        Optional<ReminderSchedule.Reminder> reminder = schedule.current(request.dueOn(), day);
        if (reminder.isEmpty() || request.serviceId() == null || sent(request.id(), reminder.get().key())) {
            return false;
        }
        PartnerService service = services.find(request.serviceId()).orElseThrow();
        Optional<String> recipient = recipient(service, request);
        if (recipient.isEmpty()) {
            return false;
        }
        String reference = "advice-reminder:" + request.id() + ":" + reminder.get().key();
        try {
            return Boolean.TRUE.equals(transactions.execute(tx -> {
                jdbc.sql("insert into advice_reminders (request_id, reminder, la_code, queued_at, recipient) "
                                + "values (?, ?, ?, ?, ?)")
                        .params(request.id(), reminder.get().key(), la,
                                java.sql.Timestamp.from(clock.clock().instant()), recipient.get())
                        .update();
                if (notifications.countByReference(reference) > 0) {
                    return false;
                }
                notifications.queue(email(request, service, recipient.get(), day, reference));
                return true;
            }));
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private boolean sent(String requestId, String key) {
        return jdbc.sql("select count(*) from advice_reminders where request_id = ? and reminder = ?")
                .params(requestId, key).query(Long.class).single() > 0;
    }

    private Optional<String> recipient(PartnerService service, AdviceRequest request) {
        if (service.contactEmail() != null && !service.contactEmail().isBlank()) {
            return Optional.of(service.contactEmail());
        }
        return Optional.ofNullable(request.assignedTo()).flatMap(users::findByUsername)
                .map(u -> u.email()).filter(e -> e != null && !e.isBlank());
    }

    private NewNotification email(AdviceRequest request, PartnerService service, String recipient, LocalDate day,
            String reference) {
        String when = ReminderSchedule.describe(request.dueOn(), day);
        String subject = "Advice request " + request.reference() + " is " + when;
        String link = baseUrl + "/advice/requests/" + request.id();
        String body = "The SEND statutory team asked " + service.name() + " for " + request.kind().label().toLowerCase()
                + " on " + Dates.format(request.requestedOn()) + ". Advice must be given within 6 weeks of the request "
                + "(SEND Regulations 2014, regulation 8(1)), so it is due by " + Dates.format(request.dueOn())
                + ": it is " + when + ".\n\nSign in to see the request and give your advice: " + link;
        return new NewNotification(recipient, TEMPLATE, subject, body, Map.of("reference", request.reference(),
                "service", service.name(), "due_on", Dates.format(request.dueOn()), "status", when, "link", link),
                reference);
    }
}
