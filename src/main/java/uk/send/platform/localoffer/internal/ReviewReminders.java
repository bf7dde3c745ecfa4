package uk.send.platform.localoffer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.notifications.NewNotification;
import uk.send.platform.notifications.Notifications;

/**
 * Reminds each organisation a month before an entry's review date (decision 0152): one email per service and review
 * date, to the organisation's address, queued in the outbox. Runs every morning; a batch at a time.
 */
@Component
public class ReviewReminders {

    static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final Clock clock;
    private final String la;

    ReviewReminders(JdbcClient jdbc, Notifications notifications, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.clock = clock;
        this.la = localArea.code();
    }

    @Scheduled(cron = "${send.localoffer.reminders.cron:0 30 7 * * *}", zone = "Europe/London")
    @Transactional
    public int remind() {
        LocalDate today = LocalDate.now(clock);
        record Due(String serviceId, String name, LocalDate reviewDue, String email) {
        }
        List<Due> due = jdbc.sql("""
                select s.id, s.name, s.review_due, o.email from lo_service s join lo_organisation o on o.id = s.organisation_id
                where s.la_code = :la and s.review_due <= :by and not exists (select 1 from lo_review_reminder r
                  where r.service_id = s.id and r.review_due = s.review_due)
                order by s.review_due, s.id limit :batch""")
                .params(Map.of("la", la, "by", java.sql.Date.valueOf(today.plusMonths(1)), "batch", BATCH))
                .query((rs, i) -> new Due(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
        for (Due d : due) {
            if (QualityChecks.validEmail(d.email())) {
                notifications.queue(new NewNotification(d.email(), "local-offer-review",
                        "Check your Local Offer entry: " + d.name(),
                        "Families rely on the Local Offer being right. Please check \"" + d.name() + "\" by "
                                + Labels.date(d.reviewDue()) + ": sign in, open the service and either send a change or "
                                + "confirm it is still right.", Map.of("service", d.name(), "reviewBy", Labels.date(d.reviewDue())),
                        "local-offer-review:" + d.serviceId() + ":" + d.reviewDue()));
            }
            jdbc.sql("insert into lo_review_reminder (la_code, service_id, review_due, sent_at) values (?, ?, ?, ?)")
                    .params(la, d.serviceId(), java.sql.Date.valueOf(d.reviewDue()), Timestamp.from(clock.instant())).update();
        }
        return due.size();
    }
}
