package uk.send.platform.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.casework.Stage;

/** The cases and case_events tables in plain SQL; every statement is by primary key within the Local Area. */
@Repository
class CaseRecords {

    private static final String HEADER = "select id, child_id, request_received_on, request_source, caseworker, team, "
            + "stage, version, opened_at from cases where la_code = ? and id = ?";
    private static final String EVENT_COLUMNS = "seq, event_type, occurred_on, recorded_at, recorded_by, code, outcome, "
            + "ref_id, other_on, party, method, reasons, notes";

    private static final String INSERT_EVENT = "insert into case_events (case_id, la_code, " + EVENT_COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    CaseRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void insertCase(String la, CaseHeader c, String setting, String settingType, String openedBy) {
        Timestamp at = Timestamp.from(c.openedAt());
        jdbc.sql("""
                insert into cases (id, la_code, child_id, request_received_on, request_source, stage, closed, caseworker,
                  team, setting_urn, setting_type, event_count, opened_at, opened_by, updated_at, version)
                values (?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, 0, ?, ?, ?, 0)""")
                .params(c.id(), la, c.childId(), c.requestReceivedOn(), c.requestSource().name(), c.stage().name(),
                        c.caseworker(), c.team(), setting, settingType, at, openedBy, at)
                .update();
    }

    Optional<CaseHeader> header(String la, String id) {
        return jdbc.sql(HEADER).params(la, id).query(CaseRecords::header).optional();
    }

    /** At most size cases whose id comes after the one given (null: from the first), in id order. */
    List<CaseHeader> headersAfter(String la, String afterId, int size) {
        return jdbc.sql("select id, child_id, request_received_on, request_source, caseworker, team, stage, version, "
                        + "opened_at from cases where la_code = ? and id > ? order by id limit ?")
                .params(la, afterId == null ? "" : afterId, size).query(CaseRecords::header).list();
    }

    /** Reads the case and locks its row until the transaction ends, so writers to one case take turns. */
    Optional<CaseHeader> lock(String la, String id) {
        return jdbc.sql(HEADER + " for update").params(la, id).query(CaseRecords::header).optional();
    }

    List<CaseEvent> events(String la, String caseId) {
        return jdbc.sql("select " + EVENT_COLUMNS + " from case_events where la_code = ? and case_id = ? order by seq")
                .params(la, caseId).query(CaseRecords::event).list();
    }

    void insertEvent(String la, String caseId, CaseEvent e) {
        jdbc.sql(INSERT_EVENT).params(eventRow(la, caseId, e)).update();
    }

    /** A whole history in one batch (imports). */
    void insertEvents(String la, String caseId, List<CaseEvent> events) {
        batch.batchUpdate(INSERT_EVENT, events.stream().map(e -> eventRow(la, caseId, e)).toList());
    }

    private static Object[] eventRow(String la, String caseId, CaseEvent e) {
        return new Object[] {caseId, la, e.seq(), e.type().name(), e.on(), Timestamp.from(e.recordedAt()),
                e.recordedBy(), e.code(), e.outcome(), e.ref(), e.otherOn(), e.party(), e.method(), e.reasons(),
                e.notes()};
    }

    /** Writes the projection when the version read still holds; false when someone else wrote first. */
    boolean project(String la, String caseId, int expectedVersion, Projection p, Instant now) {
        return jdbc.sql("""
                update cases set stage = ?, closed = ?, next_due_on = ?, next_due_key = ?, final_plan_on = ?,
                  within_20_weeks = ?, exception_applies = ?, last_event_on = ?, event_count = ?, updated_at = ?,
                  version = version + 1
                where la_code = ? and id = ? and version = ?""")
                .params(p.stage().name(), p.stage().closed(), p.nextDueOn(), p.nextDueKey(), p.finalPlanOn(),
                        p.within20Weeks(), p.exceptionApplies(), p.lastEventOn(), p.eventCount(), Timestamp.from(now),
                        la, caseId, expectedVersion)
                .update() == 1;
    }

    boolean reassign(String la, String caseId, int expectedVersion, String caseworker, String team, Instant now) {
        return jdbc.sql("""
                update cases set caseworker = ?, team = ?, updated_at = ?, version = version + 1
                where la_code = ? and id = ? and version = ?""")
                .params(caseworker, team, Timestamp.from(now), la, caseId, expectedVersion).update() == 1;
    }

    private static CaseHeader header(ResultSet rs, int n) throws SQLException {
        return new CaseHeader(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                RequestSource.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), Stage.valueOf(rs.getString(7)),
                rs.getInt(8), rs.getTimestamp(9).toInstant());
    }

    private static CaseEvent event(ResultSet rs, int n) throws SQLException {
        return new CaseEvent(rs.getInt(1), EventType.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13));
    }
}
