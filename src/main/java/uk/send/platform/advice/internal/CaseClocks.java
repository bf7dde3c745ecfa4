package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the advice module keeps of each EHC journey, from casework's events, to tell whether a plan was delayed:
 * the request date, the 20-week date (reg 13(2)), and whether and when a final plan came.
 */
@Repository
class CaseClocks {

    enum PlanOutcome { PENDING, ISSUED, NONE }

    private final JdbcClient jdbc;
    private final String la;

    CaseClocks(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    void opened(String caseId, String childId, LocalDate requestReceivedOn, LocalDate finalPlanDueOn) {
        int updated = jdbc.sql("update advice_case_clocks set request_received_on = ?, final_plan_due_on = ? "
                        + "where la_code = ? and case_id = ?")
                .params(requestReceivedOn, finalPlanDueOn, la, caseId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into advice_case_clocks (case_id, la_code, child_id, request_received_on, final_plan_due_on,
                      plan_outcome) values (?, ?, ?, ?, ?, 'PENDING')""")
                    .params(caseId, la, childId, requestReceivedOn, finalPlanDueOn).update();
        }
    }

    void finalPlanIssued(String caseId, LocalDate on) {
        jdbc.sql("update advice_case_clocks set plan_outcome = 'ISSUED', final_plan_on = ? where la_code = ? "
                + "and case_id = ? and final_plan_on is null").params(on, la, caseId).update();
    }

    /** No plan will come: a decision not to assess or not to issue, or the journey closed first. */
    void noPlan(String caseId) {
        jdbc.sql("update advice_case_clocks set plan_outcome = 'NONE' where la_code = ? and case_id = ? "
                + "and plan_outcome = 'PENDING'").params(la, caseId).update();
    }
}
