package uk.send.platform.improvement.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.kernel.LocalArea;

/** Board reports as issued: the report's JSON and its PDF, never changed afterwards. */
@Repository
public class ReportStore {

    public record Issued(long planId, YearMonth month, Instant issuedAt, String issuedBy) {
    }

    private final JdbcClient jdbc;
    private final String la;

    public ReportStore(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    public void store(long planId, YearMonth month, Instant at, String by, String body, byte[] pdf) {
        jdbc.sql("insert into improvement_reports (la_code, plan_id, report_month, issued_at, issued_by, body, pdf) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(la, planId, Date.valueOf(month.atDay(1)), Timestamp.from(at), by, body, pdf).update();
    }

    public Optional<String> body(long planId, YearMonth month) {
        return jdbc.sql("select body from improvement_reports where la_code = ? and plan_id = ? and report_month = ?")
                .params(la, planId, Date.valueOf(month.atDay(1))).query((rs, n) -> rs.getString(1)).optional();
    }

    public Optional<byte[]> pdf(long planId, YearMonth month) {
        return jdbc.sql("select pdf from improvement_reports where la_code = ? and plan_id = ? and report_month = ?")
                .params(la, planId, Date.valueOf(month.atDay(1))).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** The issued reports of a plan, newest first (one a month: at most 120 read). */
    public List<Issued> issued(long planId) {
        return jdbc.sql("select plan_id, report_month, issued_at, issued_by from improvement_reports where la_code = ? "
                        + "and plan_id = ? order by report_month desc limit 120")
                .params(la, planId).query((rs, n) -> new Issued(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()),
                        rs.getTimestamp(3).toInstant(), rs.getString(4))).list();
    }
}
