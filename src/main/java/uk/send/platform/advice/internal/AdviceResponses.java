package uk.send.platform.advice.internal;

import uk.send.platform.kernel.LocalArea;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Responses and their answers. Text answers are one row each (row 0); a provision line is three rows, one per column
 * ("provision.what", "provision.frequency", "provision.who"), sharing its line number.
 */
@Repository
class AdviceResponses {

    private static final String WHAT = ".what";
    private static final String FREQUENCY = ".frequency";
    private static final String WHO = ".who";

    private final JdbcClient jdbc;
    private final String la;

    AdviceResponses(JdbcClient jdbc, LocalArea localArea) {
        this.jdbc = jdbc;
        this.la = localArea.code();
    }

    Optional<StoredResponse> find(String requestId) {
        return jdbc.sql("""
                select form_code, form_version, status, saved_at, saved_by, submitted_at, submitted_by
                from advice_responses where la_code = ? and request_id = ?""")
                .params(la, requestId)
                .query((rs, n) -> new StoredResponse(requestId, rs.getString(1), rs.getInt(2),
                        "SUBMITTED".equals(rs.getString(3)), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(), rs.getString(7), null))
                .optional()
                .map(r -> new StoredResponse(r.requestId(), r.formCode(), r.formVersion(), r.submitted(), r.savedAt(),
                        r.savedBy(), r.submittedAt(), r.submittedBy(), answers(requestId)));
    }

    /** Writes the response (a draft, or the submission) with its answers, replacing what was saved before. */
    void save(String requestId, AdviceForm form, boolean submitted, AdviceAnswers answers, String by, Instant now) {
        Timestamp at = Timestamp.from(now);
        int updated = jdbc.sql("""
                update advice_responses set form_code = ?, form_version = ?, status = ?, saved_at = ?, saved_by = ?,
                  submitted_at = ?, submitted_by = ? where la_code = ? and request_id = ?""")
                .params(form.code(), form.version(), submitted ? "SUBMITTED" : "DRAFT", at, by,
                        submitted ? at : null, submitted ? by : null, la, requestId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into advice_responses (request_id, la_code, form_code, form_version, status, saved_at,
                      saved_by, submitted_at, submitted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(requestId, la, form.code(), form.version(), submitted ? "SUBMITTED" : "DRAFT", at, by,
                            submitted ? at : null, submitted ? by : null)
                    .update();
        }
        jdbc.sql("delete from advice_answers where la_code = ? and request_id = ?").params(la, requestId).update();
        answers.text().forEach((key, value) -> insert(requestId, key, 0, value));
        answers.provision().forEach((key, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                ProvisionRow row = rows.get(i);
                insert(requestId, key + WHAT, i, row.what());
                insert(requestId, key + FREQUENCY, i, row.frequency());
                insert(requestId, key + WHO, i, row.who());
            }
        });
    }

    private void insert(String requestId, String question, int row, String answer) {
        if (!answer.isEmpty()) {
            jdbc.sql("insert into advice_answers (la_code, request_id, question, row_no, answer) values (?, ?, ?, ?, ?)")
                    .params(la, requestId, question, row, answer).update();
        }
    }

    private AdviceAnswers answers(String requestId) {
        Map<String, String> text = new HashMap<>();
        Map<String, TreeMap<Integer, String[]>> cells = new HashMap<>();
        jdbc.sql("select question, row_no, answer from advice_answers where la_code = ? and request_id = ?")
                .params(la, requestId)
                .query((rs, n) -> {
                    String question = rs.getString(1);
                    int column = column(question);
                    if (column < 0) {
                        text.put(question, rs.getString(3));
                    } else {
                        String key = question.substring(0, question.lastIndexOf('.'));
                        cells.computeIfAbsent(key, k -> new TreeMap<>())
                                .computeIfAbsent(rs.getInt(2), r -> new String[3])[column] = rs.getString(3);
                    }
                    return question;
                })
                .list();
        Map<String, List<ProvisionRow>> provision = new HashMap<>();
        cells.forEach((key, rows) -> {
            List<ProvisionRow> list = new ArrayList<>();
            rows.values().forEach(c -> list.add(new ProvisionRow(c[0], c[1], c[2])));
            provision.put(key, list);
        });
        return new AdviceAnswers(text, provision);
    }

    private static int column(String question) {
        if (question.endsWith(WHAT)) {
            return 0;
        }
        if (question.endsWith(FREQUENCY)) {
            return 1;
        }
        return question.endsWith(WHO) ? 2 : -1;
    }
}
