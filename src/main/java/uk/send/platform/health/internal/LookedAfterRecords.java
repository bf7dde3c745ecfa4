package uk.send.platform.health.internal;

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

/** The looked-after episodes and their initial health assessments (table health_looked_after). */
@Repository
public class LookedAfterRecords {

    /** One stored row: the due date and citation are what the ledger gave when the episode was recorded. */
    public record Row(String id, String childId, LocalDate startedOn, LocalDate dueOn, String citation,
            LocalDate assessedOn, String lateReason, String lateNote, int version) {
    }

    private static final String COLUMNS =
            "id, child_id, started_on, due_on, citation, assessed_on, late_reason, late_note, version";

    private final JdbcClient jdbc;

    LookedAfterRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String la, String id, String childId, LocalDate startedOn, LocalDate dueOn, String ruleKey,
            String citation, String by, Instant at) {
        jdbc.sql("""
                insert into health_looked_after (id, la_code, child_id, started_on, due_on, rule_key, citation,
                    recorded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, la, childId, Date.valueOf(startedOn), Date.valueOf(dueOn), ruleKey, citation, by,
                        Timestamp.from(at))
                .update();
    }

    public boolean exists(String la, String childId, LocalDate startedOn) {
        return jdbc.sql("select count(*) from health_looked_after where la_code = ? and child_id = ? and started_on = ?")
                .params(la, childId, Date.valueOf(startedOn)).query(Long.class).single() > 0;
    }

    public Optional<Row> find(String la, String id) {
        return jdbc.sql("select " + COLUMNS + " from health_looked_after where la_code = ? and id = ?")
                .params(la, id).query(LookedAfterRecords::row).optional();
    }

    /** Records the assessment once: false when it was already recorded or the version is stale. */
    public boolean assess(String la, String id, int version, LocalDate on, String reason, String note) {
        return jdbc.sql("""
                update health_looked_after set assessed_on = ?, late_reason = ?, late_note = ?, version = version + 1
                where la_code = ? and id = ? and version = ? and assessed_on is null""")
                .params(Date.valueOf(on), reason, note, la, id, version).update() == 1;
    }

    /** Outstanding (due soonest first) or done (latest first), a page at a time. */
    public List<Row> page(String la, boolean outstanding, int page, int size) {
        String where = outstanding ? "assessed_on is null order by due_on, id" : "assessed_on is not null order by assessed_on desc, id";
        return jdbc.sql("select " + COLUMNS + " from health_looked_after where la_code = ? and " + where
                        + " limit ? offset ?")
                .params(la, size, (long) page * size).query(LookedAfterRecords::row).list();
    }

    public long count(String la, boolean outstanding) {
        return jdbc.sql("select count(*) from health_looked_after where la_code = ? and assessed_on is "
                + (outstanding ? "null" : "not null")).param(la).query(Long.class).single();
    }

    /** The measure's records: due from..to inclusive and settled by today (done, or past due); the rest are open. */
    private static final String SETTLED = "la_code = ? and due_on >= ? and due_on <= ? and (assessed_on is not null or due_on < ?)";
    private static final String ON_TIME = "assessed_on is not null and assessed_on <= due_on";

    /** {settled assessments due in the period, of which done by their due date}. */
    public long[] dueBetween(String la, LocalDate from, LocalDate to, LocalDate today) {
        return jdbc.sql("select count(*), coalesce(sum(case when " + ON_TIME + " then 1 else 0 end), 0) "
                        + "from health_looked_after where " + SETTLED)
                .params(la, Date.valueOf(from), Date.valueOf(to), Date.valueOf(today))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** The same records a page at a time, only those done on time when {@code onTimeOnly}. */
    public List<Row> dueBetweenPage(String la, LocalDate from, LocalDate to, LocalDate today, boolean onTimeOnly,
            int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from health_looked_after where " + SETTLED
                        + (onTimeOnly ? " and " + ON_TIME : "") + " order by due_on, id limit ? offset ?")
                .params(la, Date.valueOf(from), Date.valueOf(to), Date.valueOf(today), size, (long) page * size)
                .query(LookedAfterRecords::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Date assessed = rs.getDate("assessed_on");
        return new Row(rs.getString("id"), rs.getString("child_id"), rs.getDate("started_on").toLocalDate(),
                rs.getDate("due_on").toLocalDate(), rs.getString("citation"),
                assessed == null ? null : assessed.toLocalDate(), rs.getString("late_reason"),
                rs.getString("late_note"), rs.getInt("version"));
    }
}
