package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

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
import uk.send.platform.kernel.Paged;

/** The advice requests table in plain SQL; every list is paged and filtered by the Local Area's code. */
@Repository
class AdviceRequests {

    private static final String COLUMNS = "id, case_id, advice_id, child_id, kind, recipient, service_id, "
            + "requested_on, due_on, status, assigned_to, received_on, returned_via, late_reason, late_note, "
            + "withdrawn_on, version";
    private static final String OPEN = "status in ('NEW', 'IN_PROGRESS')";

    private final JdbcClient jdbc;
    private final String la;

    AdviceRequests(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    void insert(AdviceRequest r, Instant now) {
        jdbc.sql("insert into advice_requests (la_code, " + COLUMNS + ", created_at, updated_at) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                .params(la, r.id(), r.caseId(), r.adviceId(), r.childId(), r.kind().name(), r.recipient(),
                        r.serviceId(), r.requestedOn(), r.dueOn(), r.status().name(), r.assignedTo(), r.receivedOn(),
                        r.returnedVia(), r.lateReason() == null ? null : r.lateReason().name(), r.lateNote(),
                        r.withdrawnOn(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    Optional<AdviceRequest> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and id = ?").params(la, id)
                .query(AdviceRequests::map).optional();
    }

    Optional<AdviceRequest> findByCase(String caseId, String adviceId) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and case_id = ? and advice_id = ?")
                .params(la, caseId, adviceId).query(AdviceRequests::map).optional();
    }

    /** The requests of a case that are still open, for a withdrawal. */
    List<AdviceRequest> openForCase(String caseId) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and case_id = ? and " + OPEN)
                .params(la, caseId).query(AdviceRequests::map).list();
    }

    /** A service's tray: open requests by due date (the overdue come first), or returned ones, newest first. */
    Paged<AdviceRequest> tray(long serviceId, TrayView view, String assignedTo, int page, int size) {
        String where = " where la_code = :la and service_id = :service and " + view.condition()
                + (assignedTo == null ? "" : " and assigned_to = :assignee");
        long total = bind(jdbc.sql("select count(*) from advice_requests" + where), serviceId, assignedTo)
                .query(Long.class).single();
        List<AdviceRequest> items = bind(jdbc.sql("select " + COLUMNS + " from advice_requests" + where
                        + " order by " + view.order() + " limit :size offset :offset"), serviceId, assignedTo)
                .param("size", size).param("offset", (long) page * size)
                .query(AdviceRequests::map).list();
        return new Paged<>(items, page, size, total);
    }

    long countOverdue(long serviceId, LocalDate today) {
        return jdbc.sql("select count(*) from advice_requests where la_code = ? and service_id = ? and " + OPEN
                        + " and due_on < ?")
                .params(la, serviceId, today).query(Long.class).single();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long serviceId, String assignedTo) {
        spec = spec.param("la", la).param("service", serviceId);
        return assignedTo == null ? spec : spec.param("assignee", assignedTo);
    }

    /** Open requests with a due date up to the given day, after the given id: the chasing job's batches. */
    List<AdviceRequest> openDueBy(LocalDate day, String afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and " + OPEN
                        + " and due_on <= ? and id > ? order by id limit ?")
                .params(la, day, afterId, limit).query(AdviceRequests::map).list();
    }

    /** Requests returned on or after a day, after the given id: the demo histories' batches. */
    List<AdviceRequest> returnedSince(LocalDate since, String afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and status = 'RETURNED' "
                        + "and received_on >= ? and id > ? order by id limit ?")
                .params(la, since, afterId, limit).query(AdviceRequests::map).list();
    }

    /** Open requests after the given id, in batches. */
    List<AdviceRequest> openAfter(String afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from advice_requests where la_code = ? and " + OPEN
                        + " and id > ? order by id limit ?")
                .params(la, afterId, limit).query(AdviceRequests::map).list();
    }

    /** Loading histories: a returned request as if answered through the portal by a member of its service. */
    boolean returnedThroughPortal(String id, String author, LateReason reason, Instant now) {
        return jdbc.sql("update advice_requests set returned_via = 'PORTAL', assigned_to = ?, late_reason = ?, updated_at = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and status = 'RETURNED'")
                .params(author, reason == null ? null : reason.name(), Timestamp.from(now), la, id).update() == 1;
    }

    /** Accepts or assigns when the version read is still current; false when someone else changed it first. */
    boolean assign(String id, int expectedVersion, String assignee, Instant now) {
        return jdbc.sql("update advice_requests set assigned_to = ?, status = 'IN_PROGRESS', updated_at = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and version = ? and " + OPEN)
                .params(assignee, Timestamp.from(now), la, id, expectedVersion).update() == 1;
    }

    /** Marks an open request in progress (a draft was saved), assigning the author when nobody holds it. */
    void startedBy(String id, String author, Instant now) {
        jdbc.sql("update advice_requests set status = 'IN_PROGRESS', assigned_to = coalesce(assigned_to, ?), "
                        + "updated_at = ?, version = version + 1 where la_code = ? and id = ? and " + OPEN)
                .params(author, Timestamp.from(now), la, id).update();
    }

    /** Closes an open request as returned; false when it was no longer open (returned or withdrawn meanwhile). */
    boolean returned(String id, LocalDate on, String via, LateReason reason, String note, String by, Instant now) {
        return jdbc.sql("update advice_requests set status = 'RETURNED', received_on = ?, returned_via = ?, "
                        + "late_reason = ?, late_note = ?, assigned_to = coalesce(assigned_to, ?), updated_at = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and " + OPEN)
                .params(on, via, reason == null ? null : reason.name(), note, by, Timestamp.from(now), la, id)
                .update() == 1;
    }

    void withdrawn(String id, LocalDate on, Instant now) {
        jdbc.sql("update advice_requests set status = 'WITHDRAWN', withdrawn_on = ?, updated_at = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and " + OPEN)
                .params(on, Timestamp.from(now), la, id).update();
    }

    void routeTo(String id, long serviceId, Instant now) {
        jdbc.sql("update advice_requests set service_id = ?, assigned_to = null, "
                        + "status = case when status = 'IN_PROGRESS' then 'NEW' else status end, updated_at = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and " + OPEN)
                .params(serviceId, Timestamp.from(now), la, id).update();
    }

    static AdviceRequest map(ResultSet rs, int n) throws SQLException {
        long serviceId = rs.getLong("service_id");
        Long service = rs.wasNull() ? null : serviceId;
        String late = rs.getString("late_reason");
        return new AdviceRequest(rs.getString("id"), rs.getString("case_id"), rs.getString("advice_id"),
                rs.getString("child_id"), AdviceKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
                service, date(rs, "requested_on"), date(rs, "due_on"),
                RequestStatus.valueOf(rs.getString("status")), rs.getString("assigned_to"), date(rs, "received_on"),
                rs.getString("returned_via"), late == null ? null : LateReason.valueOf(late), rs.getString("late_note"),
                date(rs, "withdrawn_on"), rs.getInt("version"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
