package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import uk.send.platform.insight.Filter;
import uk.send.platform.insight.Measures;
import uk.send.platform.insight.Period;
import uk.send.platform.support.SendIntegrationTest;

/** Figures are read again as soon as an event changes them, though repeated reads are served from memory. */
@SendIntegrationTest
@WithUserDetails("admin")
class FiguresFollowEventsIT {

    private static final Period YEAR = Period.parse("2025-01-01", "2025-12-31");

    @Autowired JourneyFacts facts;
    @Autowired Measures measures;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_figure_read_before_an_event_is_not_served_after_it() {
        Fixture f = new Fixture(facts, "Follow " + System.nanoTime());
        Filter team = new Filter(f.team(), null, null, null);
        f.request("2025-03-03", "2015-05-05", "ASD", "MAINSTREAM_ACADEMY");
        assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(1);
        assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(1);

        f.request("2025-04-07", "2014-04-04", "SEMH", "MAINSTREAM_ACADEMY");

        assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(2);
    }

    @Test
    void a_change_rolled_back_leaves_the_figure_as_it_was_and_one_in_progress_is_seen_by_its_own_transaction() {
        Fixture f = new Fixture(facts, "Rollback " + System.nanoTime());
        Filter team = new Filter(f.team(), null, null, null);
        f.request("2025-03-03", "2015-05-05", "ASD", "MAINSTREAM_ACADEMY");
        assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(1);

        transactions.executeWithoutResult(status -> {
            f.request("2025-05-05", "2013-03-03", "SLCN", "MAINSTREAM_ACADEMY");
            assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(measures.figure("requests-received", YEAR, team).numerator()).isEqualTo(1);
    }
}
