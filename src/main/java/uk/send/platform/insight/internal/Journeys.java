package uk.send.platform.insight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** insight_cases and insight_teams: insight's own view of each journey. */
@Repository
class Journeys {

    private final JdbcClient jdbc;

    Journeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the journey is already known (an event delivered twice). */
    boolean insert(String la, Journey j) {
        int rows = jdbc.sql("""
                insert into insight_cases (case_id, la_code, child_id, team, need, setting_type, date_of_birth,
                    request_received_on, phase, transferred_in, review_due_on, transfer_ref)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(j.caseId(), la, j.childId(), j.team(), j.need(), j.setting(), j.dateOfBirth(),
                        j.requestReceivedOn(), j.phase().name(), j.transferredIn(), j.reviewDueOn(), j.transferRef())
                .update();
        addTeam(la, j.team());
        return rows == 1;
    }

    void update(String la, Journey j) {
        jdbc.sql("""
                update insight_cases set team = ?, need = ?, phase = ?, transferred_in = ?, review_due_on = ?,
                  transfer_ref = ? where la_code = ? and case_id = ?""")
                .params(j.team(), j.need(), j.phase().name(), j.transferredIn(), j.reviewDueOn(), j.transferRef(), la,
                        j.caseId())
                .update();
        addTeam(la, j.team());
    }

    Optional<Journey> find(String la, String caseId) {
        return jdbc.sql("""
                select case_id, child_id, team, need, setting_type, date_of_birth, request_received_on, phase,
                    transferred_in, review_due_on, transfer_ref
                from insight_cases where la_code = ? and case_id = ?""")
                .params(la, caseId).query(Journeys::journey).optional();
    }

    List<String> teams(String la) {
        return jdbc.sql("select team from insight_teams where la_code = ? order by team").param(la)
                .query(String.class).list();
    }

    private void addTeam(String la, String team) {
        jdbc.sql("insert into insight_teams (la_code, team) values (?, ?) on conflict do nothing").params(la, team)
                .update();
    }

    private static Journey journey(ResultSet rs, int n) throws SQLException {
        return new Journey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, java.time.LocalDate.class), rs.getObject(7, java.time.LocalDate.class),
                JourneyPhase.valueOf(rs.getString(8)), rs.getBoolean(9), rs.getObject(10, java.time.LocalDate.class),
                rs.getString(11));
    }
}
