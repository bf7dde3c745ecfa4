package uk.send.platform.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.send.platform.casework.CaseFilter;
import uk.send.platform.casework.CaseworkerLoad;
import uk.send.platform.casework.Stage;

/**
 * The lists: caseloads sorted by next due date (overdue first, then due this week, then later, as the dates fall),
 * and team workloads. Each query filters on the leading columns of an index on cases and pages with limit/offset.
 */
@Repository
class CaseQueries {

    record Row(String id, String childId, Stage stage, String caseworker, String team, String settingUrn,
            String settingType, LocalDate requestReceivedOn, String nextDueKey, LocalDate nextDueOn, int version) {
    }

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ROW = "select id, child_id, stage, caseworker, team, setting_urn, setting_type, "
            + "request_received_on, next_due_key, next_due_on, version from cases";

    Optional<Row> row(String la, String id) {
        return jdbc.sql(ROW + " where la_code = :la and id = :id").param("la", la).param("id", id)
                .query(CaseQueries::row).optional();
    }

    List<Row> page(String la, CaseFilter filter, LocalDate today, int page, int size) {
        Map<String, Object> params = new TreeMap<>();
        String where = where(la, filter, today, params);
        return jdbc.sql(ROW + where + " order by next_due_on nulls last, id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query(CaseQueries::row).list();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), Stage.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getObject(10, LocalDate.class), rs.getInt(11));
    }

    long count(String la, CaseFilter filter, LocalDate today) {
        Map<String, Object> params = new TreeMap<>();
        String where = where(la, filter, today, params);
        return jdbc.sql("select count(*) from cases" + where).params(params).query(Long.class).single();
    }

    List<CaseworkerLoad> workload(String la, String team, LocalDate today) {
        return jdbc.sql("""
                select caseworker, count(*),
                  sum(case when next_due_on < :today then 1 else 0 end),
                  sum(case when next_due_on >= :today and next_due_on <= :week then 1 else 0 end)
                from cases where la_code = :la and team = :team and closed = false
                group by caseworker order by caseworker""")
                .param("la", la).param("team", team).param("today", today).param("week", today.plusDays(7))
                .query((rs, n) -> new CaseworkerLoad(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    List<String> teams(String la) {
        return jdbc.sql("select distinct team from cases where la_code = ? and team is not null order by team")
                .param(la).query(String.class).list();
    }

    private static String where(String la, CaseFilter f, LocalDate today, Map<String, Object> params) {
        List<String> terms = new ArrayList<>();
        terms.add("la_code = :la");
        params.put("la", la);
        add(terms, params, "caseworker = :caseworker", "caseworker", f.caseworker());
        add(terms, params, "team = :team", "team", f.team());
        add(terms, params, "stage = :stage", "stage", f.stage() == null ? null : f.stage().name());
        add(terms, params, "(setting_urn = :setting or setting_type = :setting)", "setting", f.setting());
        add(terms, params, "child_id = :child", "child", f.childId());
        add(terms, params, "next_due_on < :dueBefore", "dueBefore", f.dueBefore());
        if (f.overdue()) {
            add(terms, params, "next_due_on < :today", "today", today);
        }
        if (!f.includeClosed() && (f.stage() == null || !f.stage().closed())) {
            terms.add("closed = false");
        }
        return " where " + String.join(" and ", terms);
    }

    private static void add(List<String> terms, Map<String, Object> params, String term, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            terms.add(term);
            params.put(name, value);
        }
    }
}
