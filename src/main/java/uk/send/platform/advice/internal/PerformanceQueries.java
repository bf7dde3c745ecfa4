package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The queries behind the performance figures and the advice-within-6-weeks measure (docs/decisions/0040). The
 * monthly figures leave requests withdrawn without advice out; the measure counts them as overdue until withdrawn.
 */
@Repository
class PerformanceQueries {

    private static final String RECORD = """
            select r.id, r.case_id, r.child_id, r.service_id, r.kind, r.requested_on, r.due_on, r.received_on,
              r.late_reason, p.due_on as plan_due_on, p.met_on as plan_met_on, p.applies as plan_applies
            from advice_requests r left join advice_case_deadlines p on p.la_code = r.la_code and p.case_id = r.case_id
              and p.deadline_key = 'finalPlan'
            """;

    private final JdbcClient jdbc;
    private final String la;

    PerformanceQueries(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    /** Requests due in [from, to], for one service or (serviceId null) every service. */
    List<PerformanceRecord> dueBetween(LocalDate from, LocalDate to, Long serviceId) {
        return jdbc.sql(RECORD + " where r.la_code = ? and r.due_on >= ? and r.due_on <= ? and r.status <> 'WITHDRAWN'"
                        + (serviceId == null ? "" : " and r.service_id = " + serviceId.longValue())
                        + " order by r.due_on, r.id")
                .params(la, from, to)
                .query((rs, n) -> {
                    long service = rs.getLong(4);
                    Long serviceOrNull = rs.wasNull() ? null : service;
                    String late = rs.getString(9);
                    LocalDate planDue = AdviceRequests.date(rs, "plan_due_on");
                    return new PerformanceRecord(rs.getString(1), rs.getString(2), rs.getString(3), serviceOrNull,
                            AdviceKind.valueOf(rs.getString(5)), AdviceRequests.date(rs, "requested_on"),
                            AdviceRequests.date(rs, "due_on"), AdviceRequests.date(rs, "received_on"),
                            late == null ? null : LateReason.valueOf(late),
                            planDue == null ? null : new FinalPlanLimit(planDue, AdviceRequests.date(rs, "plan_met_on"),
                                    rs.getBoolean("plan_applies")));
                })
                .list();
    }

}
