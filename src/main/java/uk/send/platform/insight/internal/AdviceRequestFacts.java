package uk.send.platform.insight.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** insight_advice: each advice request insight has seen (by case and adviceId), with the service and due date. */
@Repository
class AdviceRequestFacts {

    record Request(String adviceId, String caseId, String service, LocalDate requestedOn, LocalDate dueOn) {
    }

    private final JdbcClient jdbc;

    AdviceRequestFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the request is already known. */
    boolean insert(String la, Request r) {
        return jdbc.sql("""
                insert into insight_advice (advice_id, la_code, case_id, service, requested_on, due_on)
                values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.adviceId(), la, r.caseId(), r.service(), r.requestedOn(), r.dueOn()).update() == 1;
    }

    Optional<Request> find(String la, String caseId, String adviceId) {
        return jdbc.sql("select advice_id, case_id, service, requested_on, due_on from insight_advice"
                        + " where la_code = ? and case_id = ? and advice_id = ?")
                .params(la, caseId, adviceId)
                .query((rs, n) -> new Request(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .optional();
    }
}
