package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EventType;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.support.SendIntegrationTest;

/** The whole synthetic Local Area goes in through the modules' own rules, on each supported database. */
@SendIntegrationTest
class SyntheticLocalAreaIT {

    @Autowired UserAccounts accounts;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired PartnerAdviceHistories advice;
    @Autowired uk.send.platform.insight.BulkHistoryLoad bulkLoad;
    @Autowired DatabaseStatistics statistics;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void a_small_local_area_loads_with_a_user_per_role_a_journey_per_child_phase_transfers_and_secondary_needs() {
        long casesBefore = count("cases");
        long childrenBefore = count("children");
        var area = new SyntheticLocalArea(accounts, children, cases, advice, bulkLoad, statistics, clock, "933")
                .generate(new DemoSettings(60, 99L, "demo-password-123"));
        assertThat(count("children") - childrenBefore).isEqualTo(area.children().size()).isEqualTo(72);
        assertThat(count("cases") - casesBefore).isEqualTo(72);
        for (String user : new String[] {"caseworker", "manager", "ep.advice", "health.advice", "salt.advice",
                "ot.advice", "camhs.advice", "social.advice", "qa.auditor", "improvement.lead", "board.member",
                "data.officer"}) {
            assertThat(accounts.exists(user)).as(user).isTrue();
        }
        long maintained = jdbc.sql("select count(*) from cases where final_plan_on is not null and caseworker like 'caseworker%'")
                .query(Long.class).single();
        assertThat(maintained).isGreaterThanOrEqualTo(60);
        List<String> ids = area.children().stream().map(SyntheticChildren.SyntheticChild::id).toList();
        assertThat(eventsOf(ids, "PHASE_TRANSFER_SCHEDULED")).isPositive();
        long finalPlansWithSecondaryNeed = jdbc.sql("select count(*) from case_events e join cases c on c.id = e.case_id "
                + "where c.child_id in (:ids) and e.event_type = 'FINAL_PLAN_ISSUED' and e.outcome is not null")
                .param("ids", ids).query(Long.class).single();
        assertThat(finalPlansWithSecondaryNeed).isPositive().isLessThan(eventsOf(ids, "FINAL_PLAN_ISSUED"));
    }

    @Test
    void phase_transfer_reviews_and_amended_plans_changing_the_primary_need_pass_the_journey_rules() {
        SyntheticJourneys journeys = new SyntheticJourneys(new Random(11), LocalDate.now(clock));
        DemoUsers.DemoCaseworker owner = new DemoUsers.DemoCaseworker("caseworker.transfers", "Team");
        boolean transferred = false;
        boolean needChanged = false;
        for (int i = 0; i < 300 && !(transferred && needChanged); i++) {
            String childId = children.registerForDemo(new ChildDetails("Transfer", "Import", "2014-05-01", "M", null,
                    null, null, null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null, null));
            var history = journeys.maintainedPlan(childId, 9 + i % 9, owner);
            cases.importHistory(history);
            transferred |= history.events().stream().anyMatch(e -> e.type() == EventType.PHASE_TRANSFER_SCHEDULED);
            needChanged |= history.events().stream().anyMatch(e -> e.type() == EventType.AMENDED_PLAN_ISSUED
                    && e.field("primaryNeed") != null);
        }
        assertThat(transferred).isTrue();
        assertThat(needChanged).isTrue();
        assertThat(jdbc.sql("select count(*) from case_deadlines where deadline_key = 'phaseTransfer' and met_on <= due_on")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void journeys_with_moves_away_and_decisions_not_to_amend_pass_the_journey_rules() {
        SyntheticJourneys journeys = new SyntheticJourneys(new java.util.Random(7),
                java.time.LocalDate.now(clock));
        DemoUsers.DemoCaseworker owner = new DemoUsers.DemoCaseworker("caseworker.import", "Team");
        java.util.Set<uk.send.platform.casework.EventType> imported = java.util.EnumSet.noneOf(
                uk.send.platform.casework.EventType.class);
        for (int i = 0; i < 400 && !imported.containsAll(java.util.List.of(
                uk.send.platform.casework.EventType.TRANSFERRED_OUT,
                uk.send.platform.casework.EventType.DECIDED_NOT_TO_AMEND)); i++) {
            String childId = children.registerForDemo(new uk.send.platform.children.ChildDetails("Journey", "Import",
                    "2014-05-01", "F", null, null, null, null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false,
                    null, null, null));
            var history = journeys.ceasedPlan(childId, 12, owner);
            cases.importHistory(history);
            history.events().forEach(e -> imported.add(e.type()));
        }
        assertThat(imported).contains(uk.send.platform.casework.EventType.MOVE_NOTIFIED,
                uk.send.platform.casework.EventType.TRANSFERRED_OUT,
                uk.send.platform.casework.EventType.DECIDED_NOT_TO_AMEND);
        assertThat(jdbc.sql("select count(*) from case_deadlines where deadline_key = 'transferOut'")
                .query(Long.class).single()).isPositive();
    }

    private long eventsOf(List<String> childIds, String type) {
        return jdbc.sql("select count(*) from case_events e join cases c on c.id = e.case_id "
                + "where c.child_id in (:ids) and e.event_type = :type").param("ids", childIds).param("type", type)
                .query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
