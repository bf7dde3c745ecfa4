package uk.send.platform.health.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.send.platform.health.HealthNotification;
import uk.send.platform.health.NotificationTheme;

/** The missed or late health notifications log (table health_notifications). */
@Repository
public class NotificationRecords {

    private static final String COLUMNS = "id, theme, from_service, to_service, due_on, received_on, description, "
            + "child_id, recorded_on";

    private final JdbcClient jdbc;

    NotificationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String la, NotificationTheme theme, String from, String to, LocalDate dueOn, LocalDate receivedOn,
            String description, String childId, LocalDate recordedOn, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into health_notifications (la_code, theme, from_service, to_service, due_on, received_on,
                    description, child_id, recorded_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(la, theme.name(), from, to, Date.valueOf(dueOn), receivedOn == null ? null : Date.valueOf(receivedOn),
                        description, childId, Date.valueOf(recordedOn), by, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<HealthNotification> find(String la, long id) {
        return jdbc.sql("select " + COLUMNS + " from health_notifications where la_code = ? and id = ?")
                .params(la, id).query(NotificationRecords::row).optional();
    }

    public List<HealthNotification> page(String la, NotificationTheme theme, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from health_notifications where la_code = ?"
                        + (theme == null ? "" : " and theme = '" + theme.name() + "'")
                        + " order by due_on desc, id desc limit ? offset ?")
                .params(la, size, (long) page * size).query(NotificationRecords::row).list();
    }

    public long count(String la, NotificationTheme theme) {
        return jdbc.sql("select count(*) from health_notifications where la_code = ?"
                + (theme == null ? "" : " and theme = '" + theme.name() + "'")).param(la).query(Long.class).single();
    }

    /** Per theme: {missed, late} due in from..to. */
    public Map<NotificationTheme, long[]> themes(String la, LocalDate from, LocalDate to) {
        Map<NotificationTheme, long[]> counts = new EnumMap<>(NotificationTheme.class);
        for (NotificationTheme t : NotificationTheme.values()) {
            counts.put(t, new long[2]);
        }
        jdbc.sql("""
                select theme, sum(case when received_on is null then 1 else 0 end), sum(case when received_on is null then 0 else 1 end)
                from health_notifications where la_code = ? and due_on >= ? and due_on <= ? group by theme""")
                .params(la, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> {
                    counts.put(NotificationTheme.valueOf(rs.getString(1)), new long[] {rs.getLong(2), rs.getLong(3)});
                    return null;
                }).list();
        return counts;
    }

    private static HealthNotification row(ResultSet rs, int n) throws SQLException {
        Date received = rs.getDate("received_on");
        return new HealthNotification(rs.getLong("id"), NotificationTheme.valueOf(rs.getString("theme")),
                rs.getString("from_service"), rs.getString("to_service"), rs.getDate("due_on").toLocalDate(),
                received == null ? null : received.toLocalDate(), rs.getString("description"), rs.getString("child_id"),
                rs.getDate("recorded_on").toLocalDate());
    }
}
