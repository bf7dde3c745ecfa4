package uk.send.platform.casework.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.Actions;
import uk.send.platform.access.CurrentUser;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseTimeliness;
import uk.send.platform.casework.DeadlineCount;
import uk.send.platform.casework.DeadlineRecord;
import uk.send.platform.kernel.Paged;

/** Counts and lists over case_deadlines, on the (la_code, rule_key, met_on) and (.., due_on) indexes. */
@Service
class TimelinessQueries implements CaseTimeliness {

    private static final String MET = " from case_deadlines d join cases c on c.id = d.case_id"
            + " where d.la_code = :la and d.rule_key = :rule and d.met_on >= :from and d.met_on <= :to";

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final String la;

    TimelinessQueries(JdbcClient jdbc, CaseAccess access, LocalArea localArea) {
        this.jdbc = jdbc;
        this.access = access;
        this.la = localArea.code();
    }

    @Override
    @Transactional(readOnly = true)
    public DeadlineCount met(String ruleKey, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*), sum(case when d.met_on <= d.due_on then 1 else 0 end), "
                        + "sum(case when d.exception_applies then 1 else 0 end), "
                        + "sum(case when d.met_on <= d.due_on and not d.exception_applies then 1 else 0 end), "
                        + "sum(case when not d.exception_applies then 1 else 0 end)" + MET)
                .params(params(ruleKey, from, to))
                .query((rs, n) -> new DeadlineCount(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .single();
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<DeadlineRecord> metRecords(String ruleKey, LocalDate from, LocalDate to, int page, int size) {
        CurrentUser user = access.requireUser(Actions.CASES_READ);
        Paged.check(page, size);
        CaseFilter reach = access.restrict(user, CaseFilter.none());
        Map<String, Object> params = params(ruleKey, from, to);
        String scope = "";
        if (reach.caseworker() != null) {
            scope = " and c.caseworker = :caseworker";
            params.put("caseworker", reach.caseworker());
        } else if (reach.team() != null) {
            scope = " and c.team = :team";
            params.put("team", reach.team());
        }
        long total = jdbc.sql("select count(*)" + MET + scope).params(params).query(Long.class).single();
        List<DeadlineRecord> items = jdbc.sql("select d.case_id, d.deadline_key, d.rule_key, d.citation, d.anchor_on, "
                        + "d.due_on, d.met_on, d.exception_applies" + MET + scope
                        + " order by d.met_on, d.case_id, d.deadline_key limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    LocalDate met = rs.getObject(7, LocalDate.class);
                    return new DeadlineRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), due, met, !met.isAfter(due), rs.getBoolean(8));
                })
                .list();
        return new Paged<>(items, page, size, total);
    }

    @Override
    @Transactional(readOnly = true)
    public long overdue(String ruleKey, LocalDate from, LocalDate to) {
        return jdbc.sql("select count(*) from case_deadlines where la_code = :la and rule_key = :rule "
                        + "and due_on >= :from and due_on <= :to and (met_on is null or met_on > :to)")
                .params(params(ruleKey, from, to)).query(Long.class).single();
    }

    private Map<String, Object> params(String ruleKey, LocalDate from, LocalDate to) {
        Map<String, Object> params = new TreeMap<>();
        params.put("la", la);
        params.put("rule", ruleKey);
        params.put("from", from);
        params.put("to", to);
        return params;
    }
}
