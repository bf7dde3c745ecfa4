package uk.send.platform.improvement.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import uk.send.platform.improvement.Improvement.Barrier;
import uk.send.platform.improvement.Improvement.ChangeRequest;
import uk.send.platform.improvement.Improvement.Measure;
import uk.send.platform.improvement.Improvement.MeasurePoint;
import uk.send.platform.improvement.Improvement.Milestone;
import uk.send.platform.improvement.Improvement.MilestoneChange;
import uk.send.platform.improvement.Improvement.MonthlyUpdate;
import uk.send.platform.improvement.Improvement.Plan;
import uk.send.platform.improvement.Improvement.PlanType;
import uk.send.platform.improvement.Improvement.Priority;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;

/** Plans, priorities, monthly updates, milestones with their history and change requests, and measures. */
@Repository
public class ImprovementStore {

    private static final String PRIORITY = "id, plan_id, code, title, lead_name, lead_username, owning_partner, concern, "
            + "theme, created_by";
    private static final String MILESTONE = "id, priority_id, code, title, owner, due_on, status, note, version";
    private static final String REQUEST = "id, milestone_id, due_on, title, reason, status, requested_at, requested_by, "
            + "decided_at, decided_by, decision_reason";
    private static final String MEASURE = "id, priority_id, title, measure_key, unit, baseline, baseline_month, target, "
            + "target_on, source, higher_is_better";

    private final JdbcClient jdbc;
    private final String la;

    public ImprovementStore(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    // Plans

    public long addPlan(String type, String title, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_plans (la_code, plan_type, title, created_at, created_by) values (?, ?, ?, ?, ?)")
                .params(la, type, title, Timestamp.from(at), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Plan> plan(long id) {
        return jdbc.sql("select id, plan_type, title, created_at, created_by from improvement_plans where la_code = ? and id = ?")
                .params(la, id).query(ImprovementStore::plan).optional();
    }

    public Paged<Plan> plans(int page, int size) {
        long total = jdbc.sql("select count(*) from improvement_plans where la_code = ?").param(la).query(Long.class).single();
        List<Plan> items = jdbc.sql("select id, plan_type, title, created_at, created_by from improvement_plans "
                        + "where la_code = ? order by id limit ? offset ?")
                .params(la, size, (long) page * size).query(ImprovementStore::plan).list();
        return new Paged<>(items, page, size, total);
    }

    private static Plan plan(ResultSet rs, int n) throws SQLException {
        PlanType type = PlanType.valueOf(rs.getString(2));
        return new Plan(rs.getLong(1), type.name(), type.label(), rs.getString(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5));
    }

    // Priorities

    public long addPriority(long planId, String code, String title, String lead, String leadUsername, String partner,
            String concern, String theme, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_priorities (la_code, plan_id, code, title, lead_name, lead_username, "
                        + "owning_partner, concern, theme, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(la, planId, code, title, lead, leadUsername, partner, concern, theme, by, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean priorityCodeTaken(long planId, String code) {
        return jdbc.sql("select count(*) from improvement_priorities where la_code = ? and plan_id = ? and code = ?")
                .params(la, planId, code).query(Long.class).single() > 0;
    }

    public Optional<Priority> priority(long id) {
        return jdbc.sql("select " + PRIORITY + " from improvement_priorities where la_code = ? and id = ?")
                .params(la, id).query(ImprovementStore::priority).optional();
    }

    /** A plan has a handful of priorities (nine in a WSoA); at most 100 are read. */
    public List<Priority> priorities(long planId) {
        return jdbc.sql("select " + PRIORITY + " from improvement_priorities where la_code = ? and plan_id = ? "
                + "order by code limit 100").params(la, planId).query(ImprovementStore::priority).list();
    }

    private static Priority priority(ResultSet rs, int n) throws SQLException {
        return new Priority(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
    }

    // Monthly updates

    public void saveUpdate(long priorityId, YearMonth month, String rag, String headline, String impact, String achieved,
            List<Barrier> barriers, List<String> nextSteps, String by, Instant at) {
        Optional<Long> existing = jdbc.sql("select id from improvement_updates where la_code = ? and priority_id = ? "
                + "and report_month = ?").params(la, priorityId, Date.valueOf(month.atDay(1))).query(Long.class).optional();
        long id;
        String steps = String.join("\n", nextSteps);
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("update improvement_updates set rag = ?, headline = ?, impact = ?, achieved = ?, next_steps = ?, "
                            + "updated_at = ?, updated_by = ? where la_code = ? and id = ?")
                    .params(rag, headline, impact, achieved, steps, Timestamp.from(at), by, la, id).update();
            jdbc.sql("delete from improvement_barriers where la_code = ? and update_id = ?").params(la, id).update();
        } else {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("insert into improvement_updates (la_code, priority_id, report_month, rag, headline, impact, "
                            + "achieved, next_steps, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(la, priorityId, Date.valueOf(month.atDay(1)), rag, headline, impact, achieved, steps,
                            Timestamp.from(at), by)
                    .update(keys, "id");
            id = keys.getKey().longValue();
        }
        for (int i = 0; i < barriers.size(); i++) {
            jdbc.sql("insert into improvement_barriers (la_code, update_id, seq, barrier, mitigation) values (?, ?, ?, ?, ?)")
                    .params(la, id, i, barriers.get(i).barrier(), barriers.get(i).mitigation()).update();
        }
    }

    /** The priority's update for the month, or else its latest update before it. */
    public Optional<MonthlyUpdate> updateAsAt(long priorityId, YearMonth month) {
        return jdbc.sql("select id, priority_id, report_month, rag, headline, impact, achieved, next_steps, updated_at, "
                        + "updated_by from improvement_updates where la_code = ? and priority_id = ? and report_month <= ? "
                        + "order by report_month desc limit 1")
                .params(la, priorityId, Date.valueOf(month.atDay(1))).query(this::update).optional();
    }

    /** The months with an update, newest first (at most 60). */
    public List<YearMonth> updateMonths(long priorityId) {
        return jdbc.sql("select report_month from improvement_updates where la_code = ? and priority_id = ? "
                        + "order by report_month desc limit 60")
                .params(la, priorityId).query((rs, n) -> YearMonth.from(rs.getDate(1).toLocalDate())).list();
    }

    private MonthlyUpdate update(ResultSet rs, int n) throws SQLException {
        long id = rs.getLong(1);
        List<Barrier> barriers = jdbc.sql("select barrier, mitigation from improvement_barriers where la_code = ? and "
                + "update_id = ? order by seq").params(la, id).query((r, i) -> new Barrier(r.getString(1), r.getString(2))).list();
        String steps = rs.getString(8);
        List<String> nextSteps = steps == null || steps.isBlank() ? List.of() : Arrays.asList(steps.split("\n"));
        return new MonthlyUpdate(id, rs.getLong(2), YearMonth.from(rs.getDate(3).toLocalDate()), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), barriers, nextSteps,
                rs.getTimestamp(9).toInstant(), rs.getString(10));
    }

    // Milestones

    public long addMilestone(long priorityId, String code, String title, String owner, LocalDate dueOn, String status) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_milestones (la_code, priority_id, code, title, owner, due_on, status, version) "
                        + "values (?, ?, ?, ?, ?, ?, ?, 1)")
                .params(la, priorityId, code, title, owner, Date.valueOf(dueOn), status).update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean milestoneCodeTaken(long priorityId, String code) {
        return jdbc.sql("select count(*) from improvement_milestones where la_code = ? and priority_id = ? and code = ?")
                .params(la, priorityId, code).query(Long.class).single() > 0;
    }

    public Optional<Milestone> milestone(long id) {
        return jdbc.sql("select " + MILESTONE + " from improvement_milestones where la_code = ? and id = ?")
                .params(la, id).query(ImprovementStore::milestone).optional();
    }

    /** A priority has a handful of milestones; at most 100 are read. */
    public List<Milestone> milestones(long priorityId) {
        return jdbc.sql("select " + MILESTONE + " from improvement_milestones where la_code = ? and priority_id = ? "
                + "order by code limit 100").params(la, priorityId).query(ImprovementStore::milestone).list();
    }

    /** Writes the milestone if it is still at the version read; false if someone changed it meanwhile. */
    public boolean changeMilestone(Milestone m, int expectedVersion) {
        return jdbc.sql("update improvement_milestones set title = ?, owner = ?, due_on = ?, status = ?, note = ?, "
                        + "version = version + 1 where la_code = ? and id = ? and version = ?")
                .params(m.title(), m.owner(), Date.valueOf(m.dueOn()), m.status(), m.note(), la, m.id(), expectedVersion)
                .update() == 1;
    }

    public void addHistory(long milestoneId, Instant at, String by, String change, String from, String to, String note) {
        jdbc.sql("insert into improvement_milestone_history (la_code, milestone_id, changed_at, changed_by, change_kind, "
                        + "from_value, to_value, note) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(la, milestoneId, Timestamp.from(at), by, change, from, to, note).update();
    }

    public List<MilestoneChange> history(long milestoneId) {
        return jdbc.sql("select changed_at, changed_by, change_kind, from_value, to_value, note from "
                        + "improvement_milestone_history where la_code = ? and milestone_id = ? order by changed_at, id "
                        + "limit 500")
                .params(la, milestoneId).query((rs, n) -> new MilestoneChange(rs.getTimestamp(1).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    // Change requests

    public long addChangeRequest(long milestoneId, LocalDate dueOn, String title, String reason, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_change_requests (la_code, milestone_id, due_on, title, reason, status, "
                        + "requested_at, requested_by) values (?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                .params(la, milestoneId, dueOn == null ? null : Date.valueOf(dueOn), title, reason, Timestamp.from(at), by)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ChangeRequest> changeRequest(long id) {
        return jdbc.sql("select " + REQUEST + " from improvement_change_requests where la_code = ? and id = ?")
                .params(la, id).query(ImprovementStore::request).optional();
    }

    public List<ChangeRequest> changeRequests(long milestoneId) {
        return jdbc.sql("select " + REQUEST + " from improvement_change_requests where la_code = ? and milestone_id = ? "
                + "order by requested_at, id limit 200").params(la, milestoneId).query(ImprovementStore::request).list();
    }

    public Paged<ChangeRequest> pendingRequests(int page, int size) {
        long total = jdbc.sql("select count(*) from improvement_change_requests where la_code = ? and status = 'PENDING'")
                .param(la).query(Long.class).single();
        List<ChangeRequest> items = jdbc.sql("select " + REQUEST + " from improvement_change_requests where la_code = ? "
                        + "and status = 'PENDING' order by requested_at, id limit ? offset ?")
                .params(la, size, (long) page * size).query(ImprovementStore::request).list();
        return new Paged<>(items, page, size, total);
    }

    /** Records the decision if the request is still pending; false if it was decided meanwhile. */
    public boolean decide(long id, String status, String reason, String by, Instant at) {
        return jdbc.sql("update improvement_change_requests set status = ?, decision_reason = ?, decided_by = ?, "
                        + "decided_at = ? where la_code = ? and id = ? and status = 'PENDING'")
                .params(status, reason, by, Timestamp.from(at), la, id).update() == 1;
    }

    private static ChangeRequest request(ResultSet rs, int n) throws SQLException {
        Date due = rs.getDate(3);
        Timestamp decided = rs.getTimestamp(9);
        return new ChangeRequest(rs.getLong(1), rs.getLong(2), due == null ? null : due.toLocalDate(), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
                decided == null ? null : decided.toInstant(), rs.getString(10), rs.getString(11));
    }

    private static Milestone milestone(ResultSet rs, int n) throws SQLException {
        return new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8), rs.getInt(9));
    }

    // Measures

    public long addMeasure(long priorityId, String title, String key, String unit, BigDecimal baseline,
            YearMonth baselineMonth, BigDecimal target, LocalDate targetOn, String source, boolean higherIsBetter) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into improvement_measures (la_code, priority_id, title, measure_key, unit, baseline, "
                        + "baseline_month, target, target_on, source, higher_is_better) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(la, priorityId, title, key, unit, baseline,
                        baselineMonth == null ? null : Date.valueOf(baselineMonth.atDay(1)), target,
                        targetOn == null ? null : Date.valueOf(targetOn), source, higherIsBetter)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<Measure> measure(long id) {
        return jdbc.sql("select " + MEASURE + " from improvement_measures where la_code = ? and id = ?")
                .params(la, id).query(ImprovementStore::measure).optional();
    }

    public List<Measure> measures(long priorityId) {
        return jdbc.sql("select " + MEASURE + " from improvement_measures where la_code = ? and priority_id = ? "
                + "order by id limit 50").params(la, priorityId).query(ImprovementStore::measure).list();
    }

    public void recordValue(long measureId, YearMonth month, BigDecimal value, String by) {
        Date day = Date.valueOf(month.atDay(1));
        int changed = jdbc.sql("update improvement_measure_values set measure_value = ?, recorded_by = ? where la_code = ? "
                + "and measure_id = ? and value_month = ?").params(value, by, la, measureId, day).update();
        if (changed == 0) {
            jdbc.sql("insert into improvement_measure_values (la_code, measure_id, value_month, measure_value, recorded_by) "
                    + "values (?, ?, ?, ?, ?)").params(la, measureId, day, value, by).update();
        }
    }

    /** The recorded values for the months from first to last inclusive, oldest first. */
    public List<MeasurePoint> values(long measureId, YearMonth first, YearMonth last) {
        return jdbc.sql("select value_month, measure_value from improvement_measure_values where la_code = ? and "
                        + "measure_id = ? and value_month between ? and ? order by value_month")
                .params(la, measureId, Date.valueOf(first.atDay(1)), Date.valueOf(last.atDay(1)))
                .query((rs, n) -> new MeasurePoint(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBigDecimal(2),
                        null, null, false)).list();
    }

    private static Measure measure(ResultSet rs, int n) throws SQLException {
        Date baselineMonth = rs.getDate(7);
        Date targetOn = rs.getDate(9);
        return new Measure(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBigDecimal(6), baselineMonth == null ? null : YearMonth.from(baselineMonth.toLocalDate()),
                rs.getBigDecimal(8), targetOn == null ? null : targetOn.toLocalDate(), rs.getString(10),
                rs.getBoolean(11));
    }
}
