package uk.send.platform.notifications;

import uk.send.platform.kernel.LocalArea;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.send.platform.kernel.Paged;

/**
 * Queues notifications in the outbox, in the caller's transaction: a message is sent only if the change that
 * caused it was committed. A dispatcher hands pending messages to the configured sender.
 */
@Service
public class Notifications {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String laCode;

    Notifications(JdbcClient jdbc, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    public void queue(NewNotification n) {
        jdbc.sql("""
                insert into notification_outbox (la_code, created_at, channel, recipient, template_key, subject, body,
                  reference, status) values (?, ?, 'EMAIL', ?, ?, ?, ?, ?, 'PENDING')""")
                .params(laCode, java.sql.Timestamp.from(clock.instant()), n.recipient(), n.templateKey(),
                        truncate(n.subject(), 300), truncate(n.body(), 4000), n.reference())
                .update();
    }

    public Paged<OutboxEntry> list(String status, int page, int size) {
        Paged.check(page, size);
        String where = " where la_code = :la" + (status == null ? "" : " and status = :status");
        var count = bind(jdbc.sql("select count(*) from notification_outbox" + where), status).query(Long.class).single();
        List<OutboxEntry> rows = bind(jdbc.sql("select * from notification_outbox" + where
                + " order by id desc limit :size offset :offset"), status)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> entry(rs))
                .list();
        return new Paged<>(rows, page, size, count);
    }

    /**
     * Queues a message that cannot be sent as it is (no email address known): it is held in the outbox at once, with
     * the reason, for an officer to pass on another way; the dispatcher never picks it up.
     */
    public void hold(NewNotification n, String reason) {
        jdbc.sql("""
                insert into notification_outbox (la_code, created_at, channel, recipient, template_key, subject, body,
                  reference, status, last_error) values (?, ?, 'EMAIL', ?, ?, ?, ?, ?, 'HELD', ?)""")
                .params(laCode, java.sql.Timestamp.from(clock.instant()), n.recipient(), n.templateKey(),
                        truncate(n.subject(), 300), truncate(n.body(), 4000), n.reference(), truncate(reason, 500))
                .update();
    }

    /** The messages carrying references that start with this prefix, oldest first (at most 50), with their delivery. */
    public List<OutboxEntry> byReferencePrefix(String prefix) {
        return jdbc.sql("select * from notification_outbox where la_code = ? and reference like ? order by id limit 50")
                .params(laCode, prefix.replace("%", "").replace("_", "\\_") + "%")
                .query((rs, i) -> entry(rs)).list();
    }

    /** The message with this id, if it is this Local Area's. */
    public java.util.Optional<OutboxEntry> find(long id) {
        return jdbc.sql("select * from notification_outbox where la_code = ? and id = ?").params(laCode, id)
                .query((rs, i) -> entry(rs)).optional();
    }

    /**
     * Puts a message that failed back in the queue with fresh attempts; true when it did (false when the message is
     * not FAILED). Callers check that the user may.
     */
    public boolean retry(long id) {
        return jdbc.sql("update notification_outbox set status = 'PENDING', attempts = 0, delivery_status = null, "
                        + "provider_id = null where la_code = ? and id = ? and status = 'FAILED'")
                .params(laCode, id).update() == 1;
    }

    private static OutboxEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OutboxEntry(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("recipient"), rs.getString("template_key"), rs.getString("subject"),
                rs.getString("body"), rs.getString("reference"), rs.getString("status"), rs.getInt("attempts"),
                rs.getString("last_error"),
                rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                rs.getString("sender"), rs.getString("delivery_status"));
    }

    /** How many messages carry this reference (e.g. an advice request's reminders), for callers that deduplicate. */
    public long countByReference(String reference) {
        return jdbc.sql("select count(*) from notification_outbox where la_code = ? and reference = ?")
                .params(laCode, reference).query(Long.class).single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String status) {
        spec = spec.param("la", laCode);
        return status == null ? spec : spec.param("status", status);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
