package uk.send.platform.access;

import uk.send.platform.kernel.LocalArea;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The log of every read of a child's record: who, when, which record, from where. */
@Service
public class AccessLog {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final Clock clock;
    private final String laCode;

    AccessLog(JdbcClient jdbc, AccessControl access, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    public void recordRead(String recordType, String recordId) {
        record(recordType, recordId, "READ");
    }

    public void record(String recordType, String recordId, String action) {
        String username = access.currentUser().map(CurrentUser::username).orElse("system");
        jdbc.sql("""
                insert into access_log (la_code, occurred_at, username, record_type, record_id, action, remote_address)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(laCode, java.sql.Timestamp.from(clock.instant()), username, recordType, recordId, action,
                        remoteAddress())
                .update();
    }

    public uk.send.platform.kernel.Paged<Entry> search(AccessLogQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" where la_code = :la");
        if (query.username() != null) where.append(" and username = :username");
        if (query.recordId() != null) where.append(" and record_id = :recordId");
        if (query.from() != null) where.append(" and occurred_at >= :from");
        if (query.to() != null) where.append(" and occurred_at < :to");
        var count = bind(jdbc.sql("select count(*) from access_log" + where), query).query(Long.class).single();
        var rows = bind(jdbc.sql("select occurred_at, username, record_type, record_id, action, remote_address from access_log"
                + where + " order by occurred_at desc, id desc limit :size offset :offset"), query)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        return new uk.send.platform.kernel.Paged<>(rows, page, size, count);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, AccessLogQuery q) {
        spec = spec.param("la", laCode);
        if (q.username() != null) spec = spec.param("username", q.username());
        if (q.recordId() != null) spec = spec.param("recordId", q.recordId());
        ZoneId uk = ZoneId.of("Europe/London");
        if (q.from() != null) spec = spec.param("from", java.sql.Timestamp.from(q.from().atStartOfDay(uk).toInstant()));
        if (q.to() != null) spec = spec.param("to", java.sql.Timestamp.from(q.to().plusDays(1).atStartOfDay(uk).toInstant()));
        return spec;
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    public record AccessLogQuery(String username, String recordId, LocalDate from, LocalDate to) {
    }

    public record Entry(Instant at, String username, String recordType, String recordId, String action,
            String remoteAddress) {

        public java.time.LocalDateTime localTime() {
            return java.time.LocalDateTime.ofInstant(at, ZoneId.of("Europe/London"));
        }
    }

}
