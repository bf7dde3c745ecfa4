package uk.send.platform.improvement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.send.platform.improvement.Improvement.RiskScore;
import uk.send.platform.improvement.RiskBand;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;

/** The risk register: risks, the history of their scores, and the Local Area's bands. */
@Repository
public class RiskStore {

    /** A risk as stored, before the bands grade it. */
    public record Row(long id, String reference, String title, String description, String owner, Long priorityId,
            int consequence, int likelihood, Integer targetConsequence, Integer targetLikelihood, String controls,
            String actions, LocalDate reviewedOn, LocalDate nextReviewOn, LocalDate escalatedOn, String createdBy,
            int version) {
    }

    private static final String COLUMNS = "id, reference, title, description, owner, priority_id, consequence, likelihood, "
            + "target_consequence, target_likelihood, controls, actions, reviewed_on, next_review_on, escalated_on, "
            + "created_by, version";

    private final JdbcClient jdbc;
    private final String la;

    public RiskStore(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    public List<RiskBand> bands() {
        return jdbc.sql("select code, label, min_score, max_score, review_days, escalate, colour from risk_bands "
                        + "where la_code = ? order by min_score")
                .param(la).query((rs, n) -> new RiskBand(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getBoolean(6), rs.getString(7))).list();
    }

    public void replaceBands(List<RiskBand> bands) {
        jdbc.sql("delete from risk_bands where la_code = ?").param(la).update();
        for (RiskBand b : bands) {
            jdbc.sql("insert into risk_bands (la_code, code, label, min_score, max_score, review_days, escalate, colour) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(la, b.code(), b.label(), b.minScore(), b.maxScore(), b.reviewDays(), b.escalate(), b.colour())
                    .update();
        }
    }

    public String nextReference() {
        long n = jdbc.sql("select count(*) from risks where la_code = ?").param(la).query(Long.class).single();
        String ref;
        do {
            n++;
            ref = "R" + String.format("%03d", n);
        } while (referenceTaken(ref));
        return ref;
    }

    public boolean referenceTaken(String reference) {
        return jdbc.sql("select count(*) from risks where la_code = ? and reference = ?").params(la, reference)
                .query(Long.class).single() > 0;
    }

    public long add(Row r, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into risks (la_code, reference, title, description, owner, priority_id, consequence, likelihood, "
                        + "target_consequence, target_likelihood, controls, actions, reviewed_on, next_review_on, "
                        + "escalated_on, created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")
                .params(la, r.reference(), r.title(), r.description(), r.owner(), r.priorityId(), r.consequence(),
                        r.likelihood(), r.targetConsequence(), r.targetLikelihood(), r.controls(), r.actions(),
                        Date.valueOf(r.reviewedOn()), Date.valueOf(r.nextReviewOn()), date(r.escalatedOn()),
                        r.createdBy(), Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes the risk if it is still at the version read; false if someone changed it meanwhile. */
    public boolean change(Row r, int expectedVersion) {
        return jdbc.sql("update risks set title = ?, description = ?, owner = ?, priority_id = ?, consequence = ?, "
                        + "likelihood = ?, target_consequence = ?, target_likelihood = ?, controls = ?, actions = ?, "
                        + "reviewed_on = ?, next_review_on = ?, escalated_on = ?, version = version + 1 "
                        + "where la_code = ? and id = ? and version = ?")
                .params(r.title(), r.description(), r.owner(), r.priorityId(), r.consequence(), r.likelihood(),
                        r.targetConsequence(), r.targetLikelihood(), r.controls(), r.actions(), Date.valueOf(r.reviewedOn()),
                        Date.valueOf(r.nextReviewOn()), date(r.escalatedOn()), la, r.id(), expectedVersion)
                .update() == 1;
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from risks where la_code = ? and id = ?").params(la, id)
                .query(RiskStore::row).optional();
    }

    public Paged<Row> list(int page, int size) {
        long total = jdbc.sql("select count(*) from risks where la_code = ?").param(la).query(Long.class).single();
        List<Row> items = jdbc.sql("select " + COLUMNS + " from risks where la_code = ? order by reference limit ? offset ?")
                .params(la, size, (long) page * size).query(RiskStore::row).list();
        return new Paged<>(items, page, size, total);
    }

    /** Every risk, for the heat map and the board report: a register holds tens of risks, read at most 500. */
    public List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from risks where la_code = ? order by reference limit 500").param(la)
                .query(RiskStore::row).list();
    }

    public void addScore(long riskId, LocalDate on, Instant at, String by, int c, int l, int score, String band,
            String note) {
        jdbc.sql("insert into risk_history (la_code, risk_id, scored_on, scored_at, scored_by, consequence, likelihood, "
                        + "score, band, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(la, riskId, Date.valueOf(on), Timestamp.from(at), by, c, l, score, band, note).update();
    }

    public List<RiskScore> history(long riskId) {
        return jdbc.sql("select scored_on, scored_at, scored_by, consequence, likelihood, score, band, note from "
                        + "risk_history where la_code = ? and risk_id = ? order by scored_on, scored_at, id limit 500")
                .params(la, riskId).query((rs, n) -> new RiskScore(rs.getDate(1).toLocalDate(),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7), rs.getString(8))).list();
    }

    /** The latest score recorded on or before the day, if any (the register as it stood then). */
    public Optional<RiskScore> scoreAsAt(long riskId, LocalDate day) {
        return jdbc.sql("select scored_on, scored_at, scored_by, consequence, likelihood, score, band, note from "
                        + "risk_history where la_code = ? and risk_id = ? and scored_on <= ? "
                        + "order by scored_on desc, scored_at desc, id desc limit 1")
                .params(la, riskId, Date.valueOf(day)).query((rs, n) -> new RiskScore(rs.getDate(1).toLocalDate(),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7), rs.getString(8))).optional();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long priority = rs.getLong(6);
        Long priorityId = rs.wasNull() ? null : priority;
        int tc = rs.getInt(9);
        Integer targetC = rs.wasNull() ? null : tc;
        int tl = rs.getInt(10);
        Integer targetL = rs.wasNull() ? null : tl;
        Date escalated = rs.getDate(15);
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), priorityId,
                rs.getInt(7), rs.getInt(8), targetC, targetL, rs.getString(11), rs.getString(12),
                rs.getDate(13).toLocalDate(), rs.getDate(14).toLocalDate(), escalated == null ? null : escalated.toLocalDate(),
                rs.getString(16), rs.getInt(17));
    }
}
