package uk.send.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.send.platform.localoffer.ServiceContent.LocationContent;
import uk.send.platform.localoffer.ServiceContent.ScheduleContent;
import uk.send.platform.localoffer.internal.DirectoryStore;
import uk.send.platform.localoffer.internal.ReviewReminders;
import uk.send.platform.support.SendIntegrationTest;

/** The public search's filters, its use of indexes, and the review reminders. */
@SendIntegrationTest
class LocalOfferSearchIT {

    @Autowired Directory directory;
    @Autowired DirectoryLoading loading;
    @Autowired DirectoryStore store;
    @Autowired ReviewReminders reminders;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;

    String org;
    String near;
    String far;

    @BeforeEach
    void two_services_in_two_towns() {
        org = "3e6f0b8a-0000-4000-8000-000000000001";
        near = "3e6f0b8a-0000-4000-8000-000000000002";
        far = "3e6f0b8a-0000-4000-8000-000000000003";
        loading.saveOrganisation(new Organisation(org, "Echidna Trust", "Activities", "hello@echidna.example.org", null));
        loading.publish(near, org, service("Echidna Evening Drama", true, 8, 14, "TU", "18:00", "20:00", "Taunton", 51.016, -3.102), "test", null);
        loading.publish(far, org, service("Echidna Morning Art", false, 3, 7, "SA", "09:00", "11:00", "Minehead", 51.204, -3.479), "test", null);
    }

    static ServiceContent service(String name, boolean free, int min, int max, String day, String opens, String closes,
            String town, double lat, double lon) {
        return new ServiceContent(name, "Creative sessions for children who find busy groups hard.", null, null, "01823 355000",
                "active", free ? null : "£4", free, min, max, null, null, null, List.of(),
                List.of(new LocationContent(UUID.nameUUIDFromBytes(name.getBytes()).toString(),
                        UUID.nameUUIDFromBytes((name + "|sal").getBytes()).toString(), "physical", town + " Hall", null, "1 Road", town, "Somerset", "TA1 1AA",
                        lat, lon, null)), List.of(new ScheduleContent(UUID.nameUUIDFromBytes((name + "|" + day).getBytes()).toString(), day, opens,
                        closes, null)), List.of());
    }

    private List<String> names(String text, Integer age, boolean free, String day, String from, String until,
            double[] point, Integer radius) {
        return directory.search(new SearchQuery(text, List.of(), null, age, null, null, point == null ? null : point[0],
                point == null ? null : point[1], radius, free, day, from, until, true, true, null), 0, 50)
                .items().stream().map(ServiceHit::name).toList();
    }

    @Test
    void families_filter_by_words_age_cost_day_time_and_distance_nearest_first() {
        assertThat(names("echidna", null, false, null, null, null, null, null)).containsExactly("Echidna Evening Drama", "Echidna Morning Art");
        assertThat(names("echid dram", null, false, null, null, null, null, null)).containsExactly("Echidna Evening Drama");
        assertThat(names("echidna", 5, false, null, null, null, null, null)).containsExactly("Echidna Morning Art");
        assertThat(names("echidna", null, true, null, null, null, null, null)).containsExactly("Echidna Evening Drama");
        assertThat(names("echidna", null, false, "SA", null, null, null, null)).containsExactly("Echidna Morning Art");
        assertThat(names("echidna", null, false, null, "17:00", "23:59", null, null)).containsExactly("Echidna Evening Drama");
        double[] minehead = directory.locate("TA24 5AB").orElseThrow();
        assertThat(names("echidna", null, false, null, null, null, minehead, null)).containsExactly("Echidna Morning Art", "Echidna Evening Drama");
        assertThat(names("echidna", null, false, null, null, null, minehead, 8000)).containsExactly("Echidna Morning Art");
        assertThat(directory.locate("ZZ1 1ZZ")).isEmpty();
        assertThat(directory.search(new SearchQuery("echidna", List.of(), null, null, null, null, minehead[0], minehead[1],
                null, false, null, null, null, true, true, null), 0, 10).items().get(0).distanceMetres()).isLessThan(3000);
    }

    @Test
    void the_search_reads_indexes_not_whole_tables() throws Exception {
        String product;
        try (var c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        String plan = store.plan(new SearchQuery("echidna drama", List.of(UUID.randomUUID().toString()), null, 9, null, null,
                51.0, -3.1, 5000, true, "TU", "17:00", "23:59", true, true, null));
        assertThat(plan).isNotBlank();
        if (product.contains("H2")) {
            // H2 names a scan of a whole table "tableScan"; every table here must be reached through an index
            assertThat(plan).doesNotContain("tableScan").contains("IX_LO_SCHEDULE_DAY".toLowerCase());
        }
    }

    @Test
    void an_organisation_is_reminded_once_a_month_before_an_entrys_review_date() {
        jdbc.sql("update lo_service set review_due = current_date + 10 where id = ?").param(near).update();
        reminders.remind();
        reminders.remind();
        long sent = jdbc.sql("select count(*) from notification_outbox where reference like ?")
                .param("local-offer-review:" + near + ":%").query(Long.class).single();
        assertThat(sent).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification_outbox where reference like ?")
                .param("local-offer-review:" + far + ":%").query(Long.class).single()).isZero();
    }
}
