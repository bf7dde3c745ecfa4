package uk.send.platform.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey versions, their questions and the key points' settings, in plain SQL. */
@Repository
class SurveyStore {

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Survey> current(String laCode, KeyPoint keyPoint) {
        return jdbc.sql("select * from feedback_surveys where la_code = ? and key_point = ? order by version desc limit 1")
                .params(laCode, keyPoint.name()).query(this::survey).optional();
    }

    Optional<Survey> find(String laCode, String id) {
        return jdbc.sql("select * from feedback_surveys where la_code = ? and id = ?").params(laCode, id)
                .query(this::survey).optional();
    }

    /** Every version of every key point's survey (a handful per key point), newest first within a key point. */
    List<Survey> all(String laCode) {
        return jdbc.sql("select * from feedback_surveys where la_code = ? order by key_point, version desc limit 200")
                .param(laCode).query(this::survey).list();
    }

    int nextVersion(String laCode, KeyPoint keyPoint) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from feedback_surveys where la_code = ? and key_point = ?")
                .params(laCode, keyPoint.name()).query(Integer.class).single();
    }

    void insert(String laCode, Survey s) {
        jdbc.sql("""
                insert into feedback_surveys (id, la_code, key_point, version, title, easy_read_title, intro,
                  easy_read_intro, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(s.id(), laCode, s.keyPoint().name(), s.version(), s.title(), s.easyReadTitle(), s.intro(),
                        s.easyReadIntro(), Timestamp.from(s.createdAt()), s.createdBy())
                .update();
        int position = 1;
        for (Question q : s.questions()) {
            jdbc.sql("""
                    insert into feedback_questions (la_code, survey_id, position, question_key, kind, text,
                      easy_read_text, options, required, measure) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(laCode, s.id(), position++, q.key(), q.kind().name(), q.text(), q.easyReadText(),
                            q.options().isEmpty() ? null : String.join("\n", q.options()), q.required(), q.measure())
                    .update();
        }
    }

    List<KeyPointSettings> settings(String laCode) {
        return jdbc.sql("select * from feedback_key_points where la_code = ? order by key_point").param(laCode)
                .query((rs, i) -> settings(rs)).list();
    }

    Optional<KeyPointSettings> settings(String laCode, KeyPoint keyPoint) {
        return jdbc.sql("select * from feedback_key_points where la_code = ? and key_point = ?")
                .params(laCode, keyPoint.name()).query((rs, i) -> settings(rs)).optional();
    }

    boolean update(String laCode, KeyPointSettings s) {
        return jdbc.sql("""
                update feedback_key_points set automatic = ?, delay_days = ?, expiry_days = ?, reminder_after_days = ?,
                  max_reminders = ?, version = version + 1 where la_code = ? and key_point = ? and version = ?""")
                .params(s.automatic(), s.delayDays(), s.expiryDays(), s.reminderAfterDays(), s.maxReminders(), laCode,
                        s.keyPoint().name(), s.version())
                .update() == 1;
    }

    private static KeyPointSettings settings(ResultSet rs) throws SQLException {
        return new KeyPointSettings(KeyPoint.valueOf(rs.getString("key_point")), rs.getBoolean("automatic"),
                rs.getInt("delay_days"), rs.getInt("expiry_days"), rs.getInt("reminder_after_days"),
                rs.getInt("max_reminders"), rs.getInt("version"));
    }

    private Survey survey(ResultSet rs, int row) throws SQLException {
        String id = rs.getString("id");
        List<Question> questions = jdbc.sql("select * from feedback_questions where survey_id = ? order by position")
                .param(id)
                .query((q, i) -> new Question(q.getString("question_key"), QuestionKind.valueOf(q.getString("kind")),
                        q.getString("text"), q.getString("easy_read_text"),
                        q.getString("options") == null ? List.of() : Arrays.asList(q.getString("options").split("\n")),
                        q.getBoolean("required"), q.getString("measure")))
                .list();
        Instant created = rs.getTimestamp("created_at").toInstant();
        return new Survey(id, KeyPoint.valueOf(rs.getString("key_point")), rs.getInt("version"), rs.getString("title"),
                rs.getString("easy_read_title"), rs.getString("intro"), rs.getString("easy_read_intro"), questions,
                created, rs.getString("created_by"));
    }
}
