package uk.send.platform.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** insight_records: writes of the records behind every figure. Reads for figures are in {@link RecordQueries}. */
@Repository
class RecordBook {

    static final String COLUMNS = "id, counter, case_id, child_id, ref, on_date, until_date, team, need, age_band, "
            + "setting_type, category, hit, amount, anchor_on, due_on";

    private static final String INSERT = """
            insert into insight_records (la_code, counter, case_id, child_id, ref, on_date, until_date, team, need,
                age_band, setting_type, category, hit, amount, anchor_on, due_on)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RecordBook(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** False when the same counter already holds the record (the same event delivered again). */
    boolean insert(String la, CountedRecord r) {
        return jdbc.sql(INSERT).params(values(la, r)).update() == 1;
    }

    /** Several records in one batch; for each, false when it was there already. */
    boolean[] insertAll(String la, List<CountedRecord> records) {
        int[] counts = batch.batchUpdate(INSERT, records.stream().map(r -> values(la, r)).toList());
        boolean[] inserted = new boolean[counts.length];
        for (int i = 0; i < counts.length; i++) {
            inserted[i] = counts[i] != 0;
        }
        return inserted;
    }

    private static Object[] values(String la, CountedRecord r) {
        return new Object[] {la, r.counter().name(), r.caseId(), r.childId(), r.ref(), r.on(), r.until(),
                r.cell().team(), r.cell().need(), r.cell().ageBand(), r.cell().setting(), r.category(), r.hit(),
                r.amount(), r.anchorOn(), r.dueOn()};
    }

    /** Every record of one counter, case and reference, earliest first. */
    List<CountedRecord> of(String la, Counter counter, String caseId, String ref) {
        return jdbc.sql("select " + COLUMNS + " from insight_records where la_code = ? and case_id = ? and counter = ?"
                        + " and ref = ? order by on_date")
                .params(la, caseId, counter.name(), ref).query(RecordBook::row).list();
    }

    Optional<CountedRecord> first(String la, Counter counter, String caseId, String ref) {
        return of(la, counter, caseId, ref).stream().findFirst();
    }

    /** The stock segments of a case that still stand, or start, on or after the day given. */
    List<CountedRecord> standingFrom(String la, String caseId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from insight_records where la_code = ? and case_id = ?"
                        + " and (until_date is null or until_date > ?) order by counter, ref, on_date")
                .params(la, caseId, day).query(RecordBook::row).list().stream()
                .filter(r -> r.counter().stock()).toList();
    }

    void delete(String la, long id) {
        deleteAll(la, List.of(id));
    }

    void deleteAll(String la, List<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from insight_records where la_code = :la and id in (:ids)").param("la", la)
                    .param("ids", ids).update();
        }
    }

    void endOn(String la, long id, LocalDate until) {
        jdbc.sql("update insight_records set until_date = ? where la_code = ? and id = ?").params(until, la, id)
                .update();
    }

    void markHit(String la, long id) {
        jdbc.sql("update insight_records set hit = ? where la_code = ? and id = ?").params(true, la, id).update();
    }

    static CountedRecord row(ResultSet rs, int n) throws SQLException {
        return new CountedRecord(rs.getLong("id"), Counter.valueOf(rs.getString("counter")), rs.getString("case_id"),
                rs.getString("child_id"), rs.getString("ref"), rs.getObject("on_date", LocalDate.class),
                rs.getObject("until_date", LocalDate.class), new Cell(rs.getString("team"), rs.getString("need"),
                        rs.getString("age_band"), rs.getString("setting_type")),
                rs.getString("category"), rs.getBoolean("hit"), rs.getInt("amount"),
                rs.getObject("anchor_on", LocalDate.class), rs.getObject("due_on", LocalDate.class));
    }
}
