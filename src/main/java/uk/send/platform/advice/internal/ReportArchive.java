package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.kernel.Paged;

/** The stored monthly reports: one per service and month, replaced when generated again. */
@Repository
class ReportArchive {

    private static final String COLUMNS = "r.id, r.service_id, s.name, r.report_month, r.generated_at, r.generated_by";
    private final JdbcClient jdbc;
    private final String la;

    ReportArchive(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    long store(long serviceId, YearMonth month, byte[] pdf, String by, Instant now) {
        jdbc.sql("delete from advice_reports where la_code = ? and service_id = ? and report_month = ?")
                .params(la, serviceId, month.atDay(1)).update();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into advice_reports (la_code, service_id, report_month, generated_at, generated_by, pdf) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(la, serviceId, month.atDay(1), Timestamp.from(now), by, pdf)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    boolean exists(long serviceId, YearMonth month) {
        return jdbc.sql("select count(*) from advice_reports where la_code = ? and service_id = ? and report_month = ?")
                .params(la, serviceId, month.atDay(1)).query(Long.class).single() > 0;
    }

    /** Reports of the given services, newest month first. */
    Paged<StoredReport> list(Collection<Long> serviceIds, int page, int size) {
        if (serviceIds.isEmpty()) {
            return new Paged<>(List.of(), page, size, 0);
        }
        String in = serviceIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        String where = " where r.la_code = ? and r.service_id in (" + in + ")";
        long total = jdbc.sql("select count(*) from advice_reports r" + where).param(la).query(Long.class).single();
        List<StoredReport> items = jdbc.sql("select " + COLUMNS + " from advice_reports r join advice_services s on "
                        + "s.id = r.service_id" + where + " order by r.report_month desc, s.name limit ? offset ?")
                .params(la, size, (long) page * size).query(ReportArchive::map).list();
        return new Paged<>(items, page, size, total);
    }

    Optional<StoredReport> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from advice_reports r join advice_services s on s.id = r.service_id "
                + "where r.la_code = ? and r.id = ?").params(la, id).query(ReportArchive::map).optional();
    }

    byte[] pdf(long id) {
        return jdbc.sql("select pdf from advice_reports where la_code = ? and id = ?").params(la, id)
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    private static StoredReport map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new StoredReport(rs.getLong(1), rs.getLong(2), rs.getString(3),
                YearMonth.from(rs.getDate(4).toLocalDate()), rs.getTimestamp(5).toInstant(), rs.getString(6));
    }
}
