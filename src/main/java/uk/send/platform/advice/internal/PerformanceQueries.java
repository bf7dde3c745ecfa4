package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.advice.AdviceMeasureRecord;

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
    /**
     * Received in [from, to], or overdue in it: due before the end and neither received nor withdrawn by then. A
     * request withdrawn with the journey counts as overdue until the day it was withdrawn, never after (0040).
     */
    private static final String MEASURED = """
             from advice_requests r left join advice_services s on s.id = r.service_id
             where r.la_code = :la
               and ((r.received_on >= :from and r.received_on <= :to)
                 or ((r.received_on is null or r.received_on > :end) and r.due_on < :end
                   and (r.withdrawn_on is null or r.withdrawn_on > :end)))""";
    private static final String RECEIVED = "r.received_on >= :from and r.received_on <= :to";
    private static final String WITHIN = RECEIVED + " and r.received_on <= r.due_on";

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

    /** The measure's figures, all from one query so its parts always add up to its denominator. */
    MeasureCounts measureCounts(LocalDate from, LocalDate to, LocalDate end) {
        return bind(jdbc.sql("select count(*), coalesce(sum(case when " + RECEIVED + " then 1 else 0 end), 0), "
                        + "coalesce(sum(case when " + WITHIN + " then 1 else 0 end), 0) " + MEASURED), from, to, end)
                .query((rs, n) -> new MeasureCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    List<AdviceMeasureRecord> measuredRecords(LocalDate from, LocalDate to, LocalDate end, int page, int size) {
        return bind(jdbc.sql("select r.id, r.case_id, r.advice_id, r.child_id, s.code, s.name, r.requested_on, r.due_on, "
                        + "r.received_on, r.late_reason, case when " + WITHIN + " then 1 else 0 end as within " + MEASURED
                        + " order by r.due_on, r.id limit :size offset :offset"),
                from, to, end)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new AdviceMeasureRecord(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), AdviceRequests.date(rs, "requested_on"),
                        AdviceRequests.date(rs, "due_on"), AdviceRequests.date(rs, "received_on"),
                        rs.getInt("within") == 1, rs.getString(10)))
                .list();
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to, LocalDate end) {
        return spec.param("la", la).param("from", from).param("to", to).param("end", end);
    }
}
