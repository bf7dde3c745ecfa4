package uk.send.platform.feedback;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Responses and their answers, in plain SQL. */
@Repository
class Responses {

    private final JdbcClient jdbc;

    Responses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Answer(String questionKey, QuestionKind kind, String measure, Integer scale, String choice, String text) {
    }

    /**
     * Stores a response. An anonymous one carries neither the invitation nor the case (decision 0132): only the key
     * point, the team, the survey version and the day.
     */
    void insert(String laCode, String id, Survey survey, String team, LocalDate on, boolean anonymous,
            boolean easyRead, String invitationId, String caseId, List<Answer> answers) {
        jdbc.sql("""
                insert into feedback_responses (id, la_code, survey_id, key_point, team, submitted_on, anonymous,
                  easy_read, invitation_id, case_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, laCode, survey.id(), survey.keyPoint().name(), team, Date.valueOf(on), anonymous, easyRead,
                        anonymous ? null : invitationId, anonymous ? null : caseId)
                .update();
        for (Answer a : answers) {
            jdbc.sql("""
                    insert into feedback_answers (la_code, response_id, question_key, kind, measure, scale_value,
                      choice, text) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(laCode, id, a.questionKey(), a.kind().name(), a.measure(), a.scale(), a.choice(), a.text())
                    .update();
        }
    }

    /** A case's identified responses with their answers, for the case's feedback page. */
    List<CaseResponse> forCase(String laCode, String caseId) {
        return jdbc.sql("""
                select r.id, r.key_point, r.submitted_on, r.invitation_id, a.question_key, a.kind, a.scale_value,
                  a.choice, a.text from feedback_responses r join feedback_answers a on a.response_id = r.id
                where r.la_code = ? and r.case_id = ? order by r.submitted_on desc, r.id, a.question_key limit 500""")
                .params(laCode, caseId)
                .query((rs, i) -> new CaseResponse(rs.getString(1), KeyPoint.valueOf(rs.getString(2)),
                        rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
                        QuestionKind.valueOf(rs.getString(6)), (Integer) rs.getObject(7), rs.getString(8),
                        rs.getString(9)))
                .list();
    }
}
