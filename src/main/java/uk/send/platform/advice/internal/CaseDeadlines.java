package uk.send.platform.advice.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.calendar.RuleKeys;
import uk.send.platform.casework.CaseDeadlineKeys;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineState;
import uk.send.platform.kernel.LocalArea;

/**
 * The limits of a case the advice module follows, exactly as casework publishes them ({@link DeadlineChanged}): the
 * final plan's (reg 13(2)), to tell whether a child's plan was delayed, and each advice request's (reg 8(1)), to cite
 * its rule. Nothing here works out a date; only the current cycle of each key is kept.
 */
@Repository
class CaseDeadlines {

    private final JdbcClient jdbc;
    private final String la;

    CaseDeadlines(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    static String adviceKey(String adviceId) {
        return CaseDeadlineKeys.advice(adviceId);
    }

    /** Whether the advice module keeps this limit: a case's final plan, or one of its advice requests. */
    static boolean followed(DeadlineChanged e) {
        return CaseDeadlineKeys.ofCase(e) && e.after().current()
                && (RuleKeys.FINAL_PLAN.equals(e.key()) || CaseDeadlineKeys.isAdvice(e.key()));
    }

    /** Keeps the limit as it now stands; a superseded cycle is left to the next one, which arrives as opened. */
    void follow(DeadlineChanged e) {
        if (!followed(e)) {
            return;
        }
        DeadlineState s = e.after();
        int updated = jdbc.sql("""
                        update advice_case_deadlines set rule_citation = ?, due_on = ?, met_on = ?, applies = ?
                        where la_code = ? and case_id = ? and deadline_key = ?""")
                .params(s.citation(), s.dueOn(), s.metOn(), s.applies(), la, e.ownerId(), s.key()).update();
        if (updated == 0) {
            jdbc.sql("""
                            insert into advice_case_deadlines (la_code, case_id, deadline_key, child_id, rule_citation,
                              due_on, met_on, applies) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(la, e.ownerId(), s.key(), e.childId(), s.citation(), s.dueOn(), s.metOn(), s.applies())
                    .update();
        }
    }

    /** The rule casework cites for an advice request's due date, e.g. "SEND Regulations 2014 reg 8(1)". */
    Optional<String> adviceCitation(String caseId, String adviceId) {
        return jdbc.sql("select rule_citation from advice_case_deadlines where la_code = ? and case_id = ? "
                        + "and deadline_key = ?")
                .params(la, caseId, adviceKey(adviceId)).query(String.class).optional();
    }
}
