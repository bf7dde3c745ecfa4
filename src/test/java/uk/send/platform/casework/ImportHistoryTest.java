package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;

/** The synthetic Local Area imports journeys with their history, checked by the same rules, with no user signed in. */
@SendIntegrationTest
class ImportHistoryTest {

    @Autowired
    Cases cases;
    @Autowired
    Children children;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_history_is_imported_as_if_each_event_had_been_recorded_on_its_day() {
        String childId = CaseApiClient.child(children, "Quinn");
        String caseId = cases.importHistory(new HistoricCase(childId, LocalDate.of(2024, 1, 8), RequestSource.SETTING,
                "demo-caseworker", "Team Demo", List.of(
                        NewEvent.of(EventType.DECIDED_TO_ASSESS, LocalDate.of(2024, 2, 12)),
                        NewEvent.of(EventType.ADVICE_REQUESTED, LocalDate.of(2024, 2, 13))
                                .with("service", AdviceService.HEALTH).with("adviceId", "demo-advice-1"),
                        NewEvent.of(EventType.EXCEPTION_STARTED, LocalDate.of(2024, 3, 1))
                                .with("ground", ExceptionGround.ABSENT_FROM_AREA),
                        NewEvent.of(EventType.EXCEPTION_ENDED, LocalDate.of(2024, 4, 2)),
                        NewEvent.of(EventType.ADVICE_RECEIVED, LocalDate.of(2024, 4, 10)).with("adviceId", "demo-advice-1"),
                        NewEvent.of(EventType.DECIDED_TO_ISSUE, LocalDate.of(2024, 4, 20)),
                        NewEvent.of(EventType.DRAFT_PLAN_ISSUED, LocalDate.of(2024, 5, 1)),
                        NewEvent.of(EventType.FINAL_PLAN_ISSUED, LocalDate.of(2024, 6, 10)))));

        assertThat(jdbc.sql("select stage, caseworker, team, within_20_weeks, exception_applies, event_count, version "
                        + "from cases where id = ?").param(caseId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5), rs.getInt(6), rs.getInt(7))).single())
                .containsExactly("PLAN_MAINTAINED", "demo-caseworker", "Team Demo", false, true, 8, 2);
        assertThat(jdbc.sql("select met_on from case_deadlines where case_id = ? and deadline_key = 'advice:demo-advice-1'")
                .param(caseId).query(LocalDate.class).single()).isEqualTo("2024-04-10");
        assertThat(jdbc.sql("select due_on from case_deadlines where case_id = ? and deadline_key = 'annualReview'")
                .param(caseId).query(LocalDate.class).single()).isEqualTo("2025-06-09");
    }

    @Test
    void a_history_the_journey_refuses_is_not_imported_at_all() {
        String childId = CaseApiClient.child(children, "Rhea");
        long before = jdbc.sql("select count(*) from cases").query(Long.class).single();
        assertThatThrownBy(() -> cases.importHistory(new HistoricCase(childId, LocalDate.of(2024, 1, 8),
                RequestSource.HEALTH, "demo-caseworker", "Team Demo", List.of(
                        NewEvent.of(EventType.DECIDED_TO_ASSESS, LocalDate.of(2024, 2, 12)),
                        NewEvent.of(EventType.FINAL_PLAN_ISSUED, LocalDate.of(2024, 6, 10))))))
                .isInstanceOf(RefusedEvent.class).hasMessageContaining("decision to issue");
        assertThat(jdbc.sql("select count(*) from cases").query(Long.class).single()).isEqualTo(before);
    }
}
