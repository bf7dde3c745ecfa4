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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.send.platform.health.CetrType;
import uk.send.platform.health.DsrEntry;
import uk.send.platform.health.DsrRating;

/** The Dynamic Support Register's tables: entries, ratings, reviews with actions, C(E)TRs. */
@Repository
public class DsrRecords {

    /** An entry's own columns. */
    public record Row(String id, String childId, String lawfulBasis, String consentGivenBy, String bestInterests,
            DsrRating rating, LocalDate ratedOn, LocalDate nextReviewOn, String keyworker, LocalDate addedOn,
            int version) {
    }

    private static final String COLUMNS = "id, child_id, lawful_basis, consent_given_by, best_interests, rating, "
            + "rated_on, next_review_on, keyworker, added_on, version";
    /** The register's order at a meeting: red, amber, blue, green; then the review due soonest. */
    private static final String RATING_ORDER =
            "case rating when 'RED' then 0 when 'AMBER' then 1 when 'BLUE' then 2 else 3 end";

    private final JdbcClient jdbc;

    DsrRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean onRegister(String la, String childId) {
        return jdbc.sql("select count(*) from dsr_entries where la_code = ? and child_id = ?")
                .params(la, childId).query(Long.class).single() > 0;
    }

    public void insert(String la, String id, String childId, String basis, String consentBy, String bestInterests,
            DsrRating rating, LocalDate ratedOn, LocalDate nextReview, String keyworker, String by, Instant at) {
        jdbc.sql("""
                insert into dsr_entries (id, la_code, child_id, lawful_basis, consent_given_by, best_interests, rating,
                    rated_on, next_review_on, keyworker, added_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, la, childId, basis, consentBy, bestInterests, rating.name(), Date.valueOf(ratedOn),
                        Date.valueOf(nextReview), keyworker, Date.valueOf(ratedOn), by, Timestamp.from(at))
                .update();
    }

    public void insertRating(String la, String entryId, DsrRating rating, String reason, LocalDate on, String by,
            Instant at) {
        jdbc.sql("""
                insert into dsr_ratings (la_code, entry_id, rating, reason, rated_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(la, entryId, rating.name(), reason, Date.valueOf(on), by, Timestamp.from(at)).update();
    }

    /** Sets the current rating and next review; false when the version is stale. */
    public boolean rerate(String la, String id, int version, DsrRating rating, LocalDate on, LocalDate nextReview) {
        return jdbc.sql("""
                update dsr_entries set rating = ?, rated_on = ?, next_review_on = ?, version = version + 1
                where la_code = ? and id = ? and version = ?""")
                .params(rating.name(), Date.valueOf(on), Date.valueOf(nextReview), la, id, version).update() == 1;
    }

    public boolean reviewed(String la, String id, int version, LocalDate nextReview) {
        return jdbc.sql("update dsr_entries set next_review_on = ?, version = version + 1 "
                        + "where la_code = ? and id = ? and version = ?")
                .params(Date.valueOf(nextReview), la, id, version).update() == 1;
    }

    public boolean keyworker(String la, String id, int version, String keyworker) {
        return jdbc.sql("update dsr_entries set keyworker = ?, version = version + 1 "
                        + "where la_code = ? and id = ? and version = ?")
                .params(keyworker, la, id, version).update() == 1;
    }

    public long insertReview(String la, String entryId, LocalDate heldOn, String agencies, String summary, String by,
            Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dsr_reviews (la_code, entry_id, held_on, agencies, summary, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(la, entryId, Date.valueOf(heldOn), agencies, summary, by, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void insertAction(String la, String entryId, long reviewId, DsrEntry.NewAction a) {
        jdbc.sql("insert into dsr_actions (la_code, entry_id, review_id, action, owner, due_on) values (?, ?, ?, ?, ?, ?)")
                .params(la, entryId, reviewId, a.action(), a.owner(), Date.valueOf(a.dueOn())).update();
    }

    public boolean completeAction(String la, String entryId, long actionId, LocalDate on) {
        return jdbc.sql("update dsr_actions set done_on = ? where la_code = ? and entry_id = ? and id = ? and done_on is null")
                .params(Date.valueOf(on), la, entryId, actionId).update() == 1;
    }

    public void insertCetr(String la, String entryId, CetrType type, LocalDate heldOn, String recommendations,
            String by, Instant at) {
        jdbc.sql("""
                insert into dsr_cetrs (la_code, entry_id, review_type, held_on, recommendations, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(la, entryId, type.name(), Date.valueOf(heldOn), recommendations, by, Timestamp.from(at))
                .update();
    }

    public Optional<Row> find(String la, String id) {
        return jdbc.sql("select " + COLUMNS + " from dsr_entries where la_code = ? and id = ? and removed_on is null")
                .params(la, id).query(DsrRecords::row).optional();
    }

    /** The register, a page at a time: one rating or all, in the meeting's order. */
    public List<Row> page(String la, DsrRating rating, int page, int size) {
        String where = rating == null ? "" : " and rating = '" + rating.name() + "'";
        return jdbc.sql("select " + COLUMNS + " from dsr_entries where la_code = ? and removed_on is null" + where
                        + " order by " + RATING_ORDER + ", next_review_on, id limit ? offset ?")
                .params(la, size, (long) page * size).query(DsrRecords::row).list();
    }

    public long count(String la, DsrRating rating) {
        String where = rating == null ? "" : " and rating = '" + rating.name() + "'";
        return jdbc.sql("select count(*) from dsr_entries where la_code = ? and removed_on is null" + where)
                .param(la).query(Long.class).single();
    }

    public List<DsrEntry.RatingChange> ratings(String la, String entryId) {
        return jdbc.sql("select rating, reason, rated_on, recorded_by from dsr_ratings where la_code = ? and entry_id = ? "
                        + "order by rated_on desc, id desc")
                .params(la, entryId)
                .query((rs, n) -> new DsrEntry.RatingChange(DsrRating.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    public List<DsrEntry.Review> reviews(String la, String entryId) {
        List<DsrEntry.ReviewAction> noActions = List.of();
        var reviews = jdbc.sql("select id, held_on, agencies, summary from dsr_reviews where la_code = ? and entry_id = ? "
                        + "order by held_on desc, id desc")
                .params(la, entryId)
                .query((rs, n) -> new DsrEntry.Review(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getString(4), noActions))
                .list();
        record ActionRow(long reviewId, DsrEntry.ReviewAction action) {
        }
        var actions = jdbc.sql("select review_id, id, action, owner, due_on, done_on from dsr_actions "
                        + "where la_code = ? and entry_id = ? order by due_on, id")
                .params(la, entryId)
                .query((rs, n) -> new ActionRow(rs.getLong(1), new DsrEntry.ReviewAction(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getDate(5).toLocalDate(), date(rs, 6))))
                .list();
        return reviews.stream().map(r -> new DsrEntry.Review(r.id(), r.heldOn(), r.agencies(), r.summary(),
                actions.stream().filter(a -> a.reviewId() == r.id()).map(ActionRow::action).toList())).toList();
    }

    public List<DsrEntry.Cetr> cetrs(String la, String entryId) {
        return jdbc.sql("select id, review_type, held_on, recommendations from dsr_cetrs where la_code = ? and entry_id = ? "
                        + "order by held_on desc, id desc")
                .params(la, entryId)
                .query((rs, n) -> new DsrEntry.Cetr(rs.getLong(1), CetrType.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getString(4)))
                .list();
    }

    /** {children on the register at the end of the day, of whom rated red or amber then}: from the rating history. */
    public long[] redOrAmberOn(String la, LocalDate on) {
        Date day = Date.valueOf(on);
        return jdbc.sql("""
                select count(*), coalesce(sum(case when (select r.rating from dsr_ratings r
                        where r.la_code = e.la_code and r.entry_id = e.id and r.rated_on <= ?
                        order by r.rated_on desc, r.id desc limit 1) in ('RED', 'AMBER') then 1 else 0 end), 0)
                from dsr_entries e where e.la_code = ? and e.added_on <= ? and (e.removed_on is null or e.removed_on > ?)""")
                .params(day, la, day, day)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("child_id"), rs.getString("lawful_basis"),
                rs.getString("consent_given_by"), rs.getString("best_interests"), DsrRating.valueOf(rs.getString("rating")),
                rs.getDate("rated_on").toLocalDate(), rs.getDate("next_review_on").toLocalDate(),
                rs.getString("keyworker"), rs.getDate("added_on").toLocalDate(), rs.getInt("version"));
    }
}
