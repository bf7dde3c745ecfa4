package uk.send.platform.casework.internal;

import uk.send.platform.deadlines.TrackedDeadline;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * case_deadlines: every time limit a journey has run, rewritten with each event in the same transaction, so the
 * dashboard and measures read deadlines without replaying history. Status here never depends on today.
 */
@Repository
class DeadlineRecords {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    DeadlineRecords(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void replace(String la, String caseId, EhcJourney journey) {
        jdbc.sql("delete from case_deadlines where la_code = ? and case_id = ?").params(la, caseId).update();
        List<Object[]> rows = journey.obligations.history().stream()
                .map(o -> new Object[] {caseId, la, o.key(), o.cycle(), o.kind().name(), o.deadline().rule().key(),
                        o.deadline().rule().citation(), o.deadline().anchor(), o.dueOn(), o.metOn(),
                        o.settledStatus().name(), o.current(), Timeliness.exceptionApplies(journey, o)})
                .toList();
        batch.batchUpdate("""
                insert into case_deadlines (case_id, la_code, deadline_key, cycle_no, kind, rule_key, citation,
                  anchor_on, due_on, met_on, status, is_current, exception_applies)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

}
