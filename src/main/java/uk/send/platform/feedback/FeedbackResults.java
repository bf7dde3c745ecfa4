package uk.send.platform.feedback;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.send.platform.access.AccessControl;
import uk.send.platform.access.Actions;
import uk.send.platform.access.Scope;
import uk.send.platform.kernel.ConflictingChange;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.kernel.LocalArea;
import uk.send.platform.kernel.Paged;
import uk.send.platform.kernel.RecordNotFound;

/**
 * What families told us: response rates by key point and team, the share who felt listened to, the free-text
 * comments with the themes staff tag them with, and the "You said, we did" log that links a theme of feedback to what
 * changed (published entries are public). Figures never name a child.
 */
@Service
public class FeedbackResults {

    private final JdbcClient jdbc;
    private final AccessControl access;
    private final Clock clock;
    private final String laCode;

    FeedbackResults(JdbcClient jdbc, AccessControl access, Clock clock, LocalArea localArea) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.laCode = localArea.code();
    }

    /** Invitations sent in a period and how many were answered, by key point and team. */
    public record Rate(KeyPoint keyPoint, String team, long invited, long answered) {
        public Long percent() {
            return invited == 0 ? null : Math.round(100.0 * answered / invited);
        }
    }

    /** Answers to the listened-to question in a period, and how many agreed (4 or 5 on the scale). */
    public record Listened(KeyPoint keyPoint, long answers, long agreed) {
        public Long percent() {
            return answers == 0 ? null : Math.round(100.0 * agreed / answers);
        }
    }

    public record ThemeCount(long id, String name, long comments) {
    }

    public record Comment(String responseId, String questionKey, KeyPoint keyPoint, LocalDate submittedOn, String team,
            boolean anonymous, String text, List<Long> themeIds) {
    }

    public record Action(String id, Long themeId, String themeName, KeyPoint keyPoint, String youSaid, String weDid,
            LocalDate doneOn, boolean published, long comments, int version) {
    }

    public record NewAction(Long themeId, String keyPoint, String youSaid, String weDid, LocalDate doneOn,
            Boolean published) {
    }

    public record Results(LocalDate from, LocalDate to, List<Rate> rates, List<Listened> listened,
            List<ThemeCount> themes) {
    }

    public Results results(LocalDate from, LocalDate to) {
        access.require(Actions.FEEDBACK_READ, Scope.ALL);
        checkPeriod(from, to);
        return new Results(from, to, rates(from, to), listened(from, to), themes());
    }

    /** Rates and listened-to figures without a signed-in user: the dashboard's measures, which check their own. */
    public List<Rate> rates(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select key_point, team, count(*), sum(case when status = 'ANSWERED' then 1 else 0 end)
                from feedback_invitations where la_code = ? and invited_on >= ? and invited_on <= ?
                group by key_point, team order by key_point, team""")
                .params(laCode, Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Rate(KeyPoint.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
                        rs.getLong(4)))
                .list();
    }

    public List<Listened> listened(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.key_point, count(*), sum(case when a.scale_value >= 4 then 1 else 0 end)
                from feedback_answers a join feedback_responses r on r.id = a.response_id
                where a.la_code = ? and a.measure = 'listened-to' and r.submitted_on >= ? and r.submitted_on <= ?
                group by r.key_point order by r.key_point""")
                .params(laCode, Date.valueOf(from), Date.valueOf(to))
                .query((rs, i) -> new Listened(KeyPoint.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    /**
     * The dashboard's counts, without a signed-in user (insight checks its viewers): answers to the listened-to
     * question in the period and how many agreed, optionally of one team.
     */
    public long[] listenedCount(LocalDate from, LocalDate to, String team) {
        return jdbc.sql("""
                select count(*), coalesce(sum(case when a.scale_value >= 4 then 1 else 0 end), 0)
                from feedback_answers a join feedback_responses r on r.id = a.response_id
                where a.la_code = :la and a.measure = 'listened-to' and r.submitted_on >= :from and r.submitted_on <= :to
                  and (cast(:team as varchar(80)) is null or r.team = :team)""")
                .param("la", laCode).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("team", team)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** Invitations sent in the period and how many were answered, optionally of one key point and one team. */
    public long[] responseCount(LocalDate from, LocalDate to, KeyPoint keyPoint, String team) {
        return jdbc.sql("""
                select count(*), coalesce(sum(case when status = 'ANSWERED' then 1 else 0 end), 0)
                from feedback_invitations where la_code = :la and invited_on >= :from and invited_on <= :to
                  and (cast(:kp as varchar(40)) is null or key_point = :kp)
                  and (cast(:team as varchar(80)) is null or team = :team)""")
                .param("la", laCode).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .param("kp", keyPoint == null ? null : keyPoint.name()).param("team", team)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    /** One invitation behind a response-rate figure. */
    public record InvitationRecord(String caseId, String childId, KeyPoint keyPoint, LocalDate invitedOn,
            boolean answered, String team) {
    }

    /** The invitations behind a response-rate figure, a page at a time (answeredOnly: the numerator). */
    public Paged<InvitationRecord> responseRecords(LocalDate from, LocalDate to, KeyPoint keyPoint, String team,
            boolean answeredOnly, int page, int size) {
        String where = """
                 from feedback_invitations where la_code = :la and invited_on >= :from and invited_on <= :to
                  and (cast(:kp as varchar(40)) is null or key_point = :kp)
                  and (cast(:team as varchar(80)) is null or team = :team)""" + (answeredOnly ? " and status = 'ANSWERED'" : "");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("la", laCode);
        params.put("from", Date.valueOf(from));
        params.put("to", Date.valueOf(to));
        params.put("kp", keyPoint == null ? null : keyPoint.name());
        params.put("team", team);
        long total = jdbc.sql("select count(*) " + where).params(params).query(Long.class).single();
        List<InvitationRecord> rows = jdbc.sql("select case_id, child_id, key_point, invited_on, status, team " + where
                        + " order by invited_on, id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new InvitationRecord(rs.getString(1), rs.getString(2),
                        KeyPoint.valueOf(rs.getString(3)), rs.getDate(4).toLocalDate(),
                        "ANSWERED".equals(rs.getString(5)), rs.getString(6)))
                .list();
        return new Paged<>(rows, page, size, total);
    }

    public List<ThemeCount> themes() {
        access.requireUser();
        return jdbc.sql("""
                select t.id, t.name, count(x.response_id) from feedback_themes t
                left join feedback_answer_themes x on x.theme_id = t.id
                where t.la_code = ? group by t.id, t.name order by t.name limit 200""")
                .param(laCode).query((rs, i) -> new ThemeCount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    @Transactional
    public ThemeCount addTheme(String name) {
        access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw InvalidInput.of("name", "Enter a theme of up to 80 characters");
        }
        boolean exists = jdbc.sql("select count(*) from feedback_themes where la_code = ? and lower(name) = lower(?)")
                .params(laCode, clean).query(Long.class).single() > 0;
        if (exists) {
            throw InvalidInput.of("name", "There is already a theme called " + clean);
        }
        jdbc.sql("insert into feedback_themes (la_code, name, created_at) values (?, ?, ?)")
                .params(laCode, clean, java.sql.Timestamp.from(clock.instant())).update();
        return themes().stream().filter(t -> t.name().equals(clean)).findFirst().orElseThrow();
    }

    /**
     * Free-text answers, newest first, optionally of one key point and one theme (themeId 0: not tagged yet). The
     * case is never shown here; a comment given openly is on its case's feedback page.
     */
    public Paged<Comment> comments(KeyPoint keyPoint, Long themeId, int page, int size) {
        access.require(Actions.FEEDBACK_READ, Scope.ALL);
        Paged.check(page, size);
        StringBuilder where = new StringBuilder(" where a.la_code = :la and a.kind = 'TEXT'");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("la", laCode);
        if (keyPoint != null) {
            where.append(" and r.key_point = :kp");
            params.put("kp", keyPoint.name());
        }
        if (themeId != null && themeId == 0) {
            where.append(" and not exists (select 1 from feedback_answer_themes x where x.response_id = a.response_id"
                    + " and x.question_key = a.question_key)");
        } else if (themeId != null) {
            where.append(" and exists (select 1 from feedback_answer_themes x where x.response_id = a.response_id"
                    + " and x.question_key = a.question_key and x.theme_id = :theme)");
            params.put("theme", themeId);
        }
        String from = " from feedback_answers a join feedback_responses r on r.id = a.response_id";
        long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
        List<Comment> rows = jdbc.sql("select a.response_id, a.question_key, r.key_point, r.submitted_on, r.team, "
                        + "r.anonymous, a.text" + from + where
                        + " order by r.submitted_on desc, a.response_id limit :size offset :offset")
                .params(params).param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new Comment(rs.getString(1), rs.getString(2), KeyPoint.valueOf(rs.getString(3)),
                        rs.getDate(4).toLocalDate(), rs.getString(5), rs.getBoolean(6), rs.getString(7),
                        new ArrayList<>()))
                .list();
        for (Comment c : rows) {
            c.themeIds().addAll(jdbc.sql("select theme_id from feedback_answer_themes where la_code = ? and "
                            + "response_id = ? and question_key = ? order by theme_id")
                    .params(laCode, c.responseId(), c.questionKey()).query(Long.class).list());
        }
        return new Paged<>(rows, page, size, total);
    }

    /** Replaces the themes a comment is tagged with. */
    @Transactional
    public void tag(String responseId, String questionKey, List<Long> themeIds) {
        access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        boolean exists = jdbc.sql("select count(*) from feedback_answers where la_code = ? and response_id = ? and "
                        + "question_key = ? and kind = 'TEXT'")
                .params(laCode, responseId, questionKey).query(Long.class).single() > 0;
        if (!exists) {
            throw new RecordNotFound("Comment " + responseId + "/" + questionKey);
        }
        Set<Long> known = new HashSet<>(themes().stream().map(ThemeCount::id).toList());
        List<Long> wanted = themeIds == null ? List.of() : themeIds.stream().distinct().toList();
        if (!known.containsAll(wanted)) {
            throw InvalidInput.of("themes", "Choose themes from the list");
        }
        jdbc.sql("delete from feedback_answer_themes where la_code = ? and response_id = ? and question_key = ?")
                .params(laCode, responseId, questionKey).update();
        for (Long theme : wanted) {
            jdbc.sql("insert into feedback_answer_themes (la_code, response_id, question_key, theme_id) values (?, ?, ?, ?)")
                    .params(laCode, responseId, questionKey, theme).update();
        }
    }

    /** The staff log, newest first. */
    public Paged<Action> log(int page, int size) {
        access.require(Actions.FEEDBACK_READ, Scope.ALL);
        return actions(false, page, size);
    }

    /** The published entries, newest first: public, no sign-in. */
    public Paged<Action> publishedLog(int page, int size) {
        return actions(true, page, size);
    }

    @Transactional
    public Action addAction(NewAction input) {
        var user = access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        List<FieldProblem> problems = new ArrayList<>();
        KeyPoint keyPoint = null;
        if (input.keyPoint() != null && !input.keyPoint().isBlank()) {
            try {
                keyPoint = KeyPoint.parse("keyPoint", input.keyPoint());
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        if (input.themeId() != null && themes().stream().noneMatch(t -> t.id() == input.themeId())) {
            problems.add(new FieldProblem("themeId", "Choose a theme from the list"));
        }
        text(problems, "youSaid", input.youSaid(), "Enter what families told us");
        text(problems, "weDid", input.weDid(), "Enter what we did about it");
        if (input.doneOn() == null) {
            problems.add(new FieldProblem("doneOn", "Enter the date the change was made"));
        } else if (input.doneOn().isAfter(LocalDate.now(clock.withZone(FamilyFeedback.LONDON)))) {
            problems.add(new FieldProblem("doneOn", "The date the change was made must be today or in the past"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into feedback_actions (id, la_code, theme_id, key_point, you_said, we_did, done_on, published,
                  created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, laCode, input.themeId(), keyPoint == null ? null : keyPoint.name(),
                        input.youSaid().strip(), input.weDid().strip(), Date.valueOf(input.doneOn()),
                        Boolean.TRUE.equals(input.published()), java.sql.Timestamp.from(clock.instant()),
                        user.username())
                .update();
        return action(id);
    }

    /** Publishes an entry on the public page or takes it down; version is the one read (stale: 409). */
    @Transactional
    public Action publish(String id, boolean published, Integer version) {
        access.require(Actions.FEEDBACK_MANAGE, Scope.ALL);
        Action current = action(id);
        int expected = version == null ? current.version() : version;
        int rows = jdbc.sql("update feedback_actions set published = ?, version = version + 1 "
                        + "where la_code = ? and id = ? and version = ?")
                .params(published, laCode, id, expected).update();
        if (rows != 1) {
            throw new ConflictingChange("Someone else changed this entry; reload it and try again");
        }
        return action(id);
    }

    public Action action(String id) {
        return jdbc.sql(ACTIONS + " where f.la_code = ? and f.id = ?").params(laCode, id)
                .query((rs, i) -> action(rs)).optional().orElseThrow(() -> new RecordNotFound("Entry " + id));
    }

    private static final String ACTIONS = """
            select f.*, t.name as theme_name,
              (select count(*) from feedback_answer_themes x where x.theme_id = f.theme_id) as comments
            from feedback_actions f left join feedback_themes t on t.id = f.theme_id""";

    private Paged<Action> actions(boolean publishedOnly, int page, int size) {
        Paged.check(page, size);
        String where = " where f.la_code = ?" + (publishedOnly ? " and f.published = true" : "");
        long total = jdbc.sql("select count(*) from feedback_actions f" + where).param(laCode).query(Long.class)
                .single();
        List<Action> rows = jdbc.sql(ACTIONS + where + " order by f.done_on desc, f.id limit ? offset ?")
                .params(laCode, size, (long) page * size).query((rs, i) -> action(rs)).list();
        return new Paged<>(rows, page, size, total);
    }

    private static Action action(java.sql.ResultSet rs) throws java.sql.SQLException {
        long theme = rs.getLong("theme_id");
        Long themeId = rs.wasNull() ? null : theme;
        String kp = rs.getString("key_point");
        return new Action(rs.getString("id"), themeId, rs.getString("theme_name"), kp == null ? null : KeyPoint.valueOf(kp),
                rs.getString("you_said"), rs.getString("we_did"), rs.getDate("done_on").toLocalDate(),
                rs.getBoolean("published"), rs.getLong("comments"), rs.getInt("version"));
    }

    private static void text(List<FieldProblem> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        } else if (value.strip().length() > 1000) {
            problems.add(new FieldProblem(field, "Keep it to 1,000 characters"));
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw InvalidInput.of("to", "The end of the period must be on or after its start");
        }
    }
}
