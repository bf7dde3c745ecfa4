package uk.send.platform.feedback;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations and the hashes of their links, in plain SQL; every query names the Local Area. */
@Repository
class Invitations {

    private static final String SELECT = """
            select i.*, s.version as survey_version from feedback_invitations i
            join feedback_surveys s on s.id = i.survey_id""";

    private final JdbcClient jdbc;

    Invitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record NewRow(String id, String caseId, String childId, KeyPoint keyPoint, String surveyId, String team,
            String source, String triggerKey, String recipient, Instant createdAt, String createdBy, Instant sendAfter) {
    }

    void insert(String laCode, NewRow r) {
        jdbc.sql("""
                insert into feedback_invitations (id, la_code, case_id, child_id, key_point, survey_id, team, source,
                  trigger_key, recipient, created_at, created_by, send_after, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')""")
                .params(r.id(), laCode, r.caseId(), r.childId(), r.keyPoint().name(), r.surveyId(), r.team(),
                        r.source(), r.triggerKey(), r.recipient(), Timestamp.from(r.createdAt()), r.createdBy(),
                        Timestamp.from(r.sendAfter()))
                .update();
    }

    boolean existsForTrigger(String laCode, String caseId, String triggerKey) {
        return jdbc.sql("select count(*) from feedback_invitations where la_code = ? and case_id = ? and trigger_key = ?")
                .params(laCode, caseId, triggerKey).query(Long.class).single() > 0;
    }

    Optional<Invitation> find(String laCode, String id) {
        return jdbc.sql(SELECT + " where i.la_code = ? and i.id = ?").params(laCode, id).query(this::invitation)
                .optional();
    }

    /** The case's invitations, newest first (a case has a handful over its life). */
    List<Invitation> forCase(String laCode, String caseId) {
        return jdbc.sql(SELECT + " where i.la_code = ? and i.case_id = ? order by i.created_at desc limit 100")
                .params(laCode, caseId).query(this::invitation).list();
    }

    Optional<String> childId(String laCode, String id) {
        return jdbc.sql("select child_id from feedback_invitations where la_code = ? and id = ?").params(laCode, id)
                .query(String.class).optional();
    }

    Optional<String> recipient(String laCode, String id) {
        return jdbc.sql("select recipient from feedback_invitations where la_code = ? and id = ?").params(laCode, id)
                .query(String.class).optional();
    }

    /** Marks a scheduled invitation sent; false when another run got there first. */
    boolean markInvited(String laCode, String id, LocalDate on, LocalDate expiresOn, String recipient, Instant now) {
        return jdbc.sql("""
                update feedback_invitations set status = 'INVITED', invited_on = ?, expires_on = ?, recipient = ?,
                  last_sent_at = ? where la_code = ? and id = ? and status = 'SCHEDULED'""")
                .params(Date.valueOf(on), Date.valueOf(expiresOn), recipient, Timestamp.from(now), laCode, id)
                .update() == 1;
    }

    boolean markReminded(String laCode, String id, int remindersBefore, Instant now) {
        return jdbc.sql("""
                update feedback_invitations set reminders_sent = reminders_sent + 1, last_sent_at = ?
                where la_code = ? and id = ? and status = 'INVITED' and reminders_sent = ?""")
                .params(Timestamp.from(now), laCode, id, remindersBefore).update() == 1;
    }

    /** Marks an invitation answered (the day only); false when it was not open, so a second answer is refused. */
    boolean markAnswered(String laCode, String id, LocalDate on) {
        return jdbc.sql("""
                update feedback_invitations set status = 'ANSWERED', answered_on = ?
                where la_code = ? and id = ? and status = 'INVITED'""")
                .params(Date.valueOf(on), laCode, id).update() == 1;
    }

    int expire(String laCode, LocalDate today) {
        return jdbc.sql("""
                update feedback_invitations set status = 'EXPIRED'
                where la_code = ? and status = 'INVITED' and expires_on < ?""")
                .params(laCode, Date.valueOf(today)).update();
    }

    /** Scheduled invitations whose time has come, oldest first, a batch at a time. */
    List<String> dueToSend(String laCode, Instant now, int limit) {
        return jdbc.sql("""
                select id from feedback_invitations where la_code = ? and status = 'SCHEDULED' and send_after <= ?
                order by send_after limit ?""")
                .params(laCode, Timestamp.from(now), limit).query(String.class).list();
    }

    /** Open invitations last sent before the cut-off for their key point, with reminders left. */
    List<Invitation> dueReminder(String laCode, KeyPoint keyPoint, Instant sentBefore, int maxReminders, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where i.la_code = ? and i.status = 'INVITED' and i.last_sent_at < ? and i.key_point = ?
                   and i.reminders_sent < ? and i.recipient is not null order by i.last_sent_at limit ?""")
                .params(laCode, Timestamp.from(sentBefore), keyPoint.name(), maxReminders, limit)
                .query(this::invitation).list();
    }

    void insertLink(String laCode, String tokenHash, String invitationId, Instant now) {
        jdbc.sql("insert into feedback_links (token_hash, la_code, invitation_id, created_at) values (?, ?, ?, ?)")
                .params(tokenHash, laCode, invitationId, Timestamp.from(now)).update();
    }

    Optional<String> invitationForLink(String laCode, String tokenHash) {
        return jdbc.sql("select invitation_id from feedback_links where la_code = ? and token_hash = ?")
                .params(laCode, tokenHash).query(String.class).optional();
    }

    private Invitation invitation(ResultSet rs, int row) throws SQLException {
        return new Invitation(rs.getString("id"), rs.getString("case_id"), KeyPoint.valueOf(rs.getString("key_point")),
                rs.getString("survey_id"), rs.getInt("survey_version"), rs.getString("team"), rs.getString("source"),
                InvitationStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"), rs.getTimestamp("send_after").toInstant(), date(rs, "invited_on"),
                date(rs, "expires_on"), rs.getInt("reminders_sent"), date(rs, "answered_on"),
                rs.getString("recipient") != null);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
