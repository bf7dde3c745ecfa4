package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Two people record on one case at the same moment: one is refused or both land in turn; nothing is ever lost. */
@SendIntegrationTest
class CaseConcurrencyIT {

    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void two_writers_with_the_same_version_get_exactly_one_conflict() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        for (int round = 0; round < 5; round++) {
            String caseId = api.openCase(CaseApiClient.child(children, "Race" + round), "2025-07-14");
            api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
            List<Integer> statuses = race(
                    () -> api.event(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "HEALTH", "expectedVersion", 2)
                            .andReturn().getResponse().getStatus(),
                    () -> api.event(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "SOCIAL_CARE",
                            "expectedVersion", 2).andReturn().getResponse().getStatus());
            assertThat(statuses).containsExactlyInAnyOrder(201, 409);
            assertThat(events(caseId)).isEqualTo(2);
            assertThat(version(caseId)).isEqualTo(3);
        }
    }

    @Test
    void two_writers_without_a_version_both_land_in_turn() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        for (int round = 0; round < 5; round++) {
            String caseId = api.openCase(CaseApiClient.child(children, "Turn" + round), "2025-07-14");
            api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
            List<Integer> statuses = race(
                    () -> api.event(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "HEALTH")
                            .andReturn().getResponse().getStatus(),
                    () -> api.event(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "SOCIAL_CARE")
                            .andReturn().getResponse().getStatus());
            assertThat(statuses).containsExactly(201, 201);
            assertThat(events(caseId)).isEqualTo(3);
            assertThat(jdbc.sql("select count(*) from case_deadlines where case_id = ? and deadline_key like 'advice:%'")
                    .param(caseId).query(Long.class).single()).isEqualTo(2);
            assertThat(version(caseId)).isEqualTo(4);
        }
    }

    private List<Integer> race(Callable<Integer> first, Callable<Integer> second) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (Callable<Integer> writer : List.of(first, second)) {
            results.add(pool.submit(() -> {
                start.await();
                return writer.call();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        return statuses;
    }

    private long events(String caseId) {
        return jdbc.sql("select count(*) from case_events where case_id = ?").param(caseId).query(Long.class).single();
    }

    private int version(String caseId) {
        return jdbc.sql("select version from cases where id = ?").param(caseId).query(Integer.class).single();
    }
}
