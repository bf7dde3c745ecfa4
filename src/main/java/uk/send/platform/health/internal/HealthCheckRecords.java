package uk.send.platform.health.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.health.HealthCheckUptake;

/** GP practices' annual health check counts per month (table ahc_practice_months). */
@Repository
public class HealthCheckRecords {

    private final JdbcClient jdbc;

    HealthCheckRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the practice's figures for the month, if any were imported before. */
    public void put(String la, String practice, String name, LocalDate month, int register, int checks, String by,
            Instant at) {
        jdbc.sql("delete from ahc_practice_months where la_code = ? and practice_code = ? and month_start = ?")
                .params(la, practice, Date.valueOf(month)).update();
        jdbc.sql("""
                insert into ahc_practice_months (la_code, practice_code, practice_name, month_start, register_14_plus,
                    checks_completed, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(la, practice, name, Date.valueOf(month), register, checks, by, Timestamp.from(at)).update();
    }

    /** Checks done in months from..to, and the 14+ register at each practice's latest month in that span. */
    public long[] uptake(String la, LocalDate from, LocalDate to) {
        long checks = jdbc.sql("select coalesce(sum(checks_completed), 0) from ahc_practice_months "
                        + "where la_code = ? and month_start >= ? and month_start <= ?")
                .params(la, Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        long register = jdbc.sql("""
                select coalesce(sum(a.register_14_plus), 0) from ahc_practice_months a
                where a.la_code = ? and a.month_start = (select max(b.month_start) from ahc_practice_months b
                    where b.la_code = a.la_code and b.practice_code = a.practice_code
                    and b.month_start >= ? and b.month_start <= ?)""")
                .params(la, Date.valueOf(from), Date.valueOf(to)).query(Long.class).single();
        return new long[] {checks, register};
    }

    /** Per practice over months from..to: checks done and the register at its latest month, by practice code. */
    public List<HealthCheckUptake.Practice> practices(String la, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select a.practice_code, a.practice_name, a.register_14_plus,
                    (select sum(c.checks_completed) from ahc_practice_months c where c.la_code = a.la_code
                        and c.practice_code = a.practice_code and c.month_start >= ? and c.month_start <= ?),
                    a.month_start
                from ahc_practice_months a
                where a.la_code = ? and a.month_start = (select max(b.month_start) from ahc_practice_months b
                    where b.la_code = a.la_code and b.practice_code = a.practice_code
                    and b.month_start >= ? and b.month_start <= ?)
                order by a.practice_code""")
                .params(Date.valueOf(from), Date.valueOf(to), la, Date.valueOf(from), Date.valueOf(to))
                .query((rs, n) -> new HealthCheckUptake.Practice(rs.getString(1), rs.getString(2), rs.getLong(4),
                        rs.getLong(3), rs.getDate(5).toLocalDate()))
                .list();
    }

    public long rows(String la) {
        return jdbc.sql("select count(*) from ahc_practice_months where la_code = ?").param(la).query(Long.class).single();
    }
}
