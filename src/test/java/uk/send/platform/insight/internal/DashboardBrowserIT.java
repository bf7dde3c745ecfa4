package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestUsers;

@BrowserTest
class DashboardBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired JourneyFacts facts;

    @Test
    void a_manager_reads_the_dashboard_a_measure_and_its_records_on_accessible_pages() {
        Fixture f = new Fixture(facts, "Browser " + System.nanoTime());
        for (int i = 0; i < 7; i++) {
            String caseId = f.request("2025-01-06", "2014-03-01", i % 2 == 0 ? "ASD" : "SEMH", "MAINSTREAM_ACADEMY");
            f.decide(caseId, i < 5 ? "2025-02-17" : "2025-02-18", true);
            f.issue(caseId, i < 3 ? "2025-05-26" : "2025-06-30", false);
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "admin-test-password");
            browser.open("/dashboard?to=2025-12&months=12&team=" + f.team().replace(" ", "+"));
            assertThat(browser.heading()).isEqualTo("SEND dashboard");
            assertThat(browser.text()).contains("Decisions whether to assess within 6 weeks").contains("71.4%");
            browser.assertAccessible().screenshot("dashboard");

            browser.follow("EHC plans issued within 20 weeks");
            assertThat(browser.heading()).isEqualTo("EHC plans issued within 20 weeks");
            assertThat(browser.text()).contains("42.9%").contains("England (DfE)").contains("month by month");
            browser.assertAccessible().screenshot("dashboard-measure");

            browser.follow("List the numerator records");
            assertThat(browser.heading()).isEqualTo("Records in the numerator");
            assertThat(browser.text()).contains("3 records");
            browser.assertAccessible().screenshot("dashboard-records");
        }
    }

    @Test
    void a_board_member_reads_aggregates_on_accessible_pages() {
        var board = users.create("BOARD_MEMBER");
        try (Browser browser = new Browser(port)) {
            browser.signIn(board.username(), TestUsers.PASSWORD);
            browser.follow("Dashboard");
            assertThat(browser.heading()).isEqualTo("SEND dashboard");
            browser.assertAccessible();
            browser.follow("Active EHC plans");
            assertThat(browser.text()).doesNotContain("List the records");
            browser.assertAccessible().screenshot("dashboard-board-member");
        }
    }
}
