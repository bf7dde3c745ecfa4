package uk.send.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

/** Every health pathways page, driven as a health practitioner would, with axe (WCAG 2.2 AA) on each. */
@BrowserTest
class HealthPathwaysBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired Children children;

    private String child(String given, String family) {
        String nhs = TestData.nhsNumber();
        children.registerForDemo(new ChildDetails(given, family, "2011-07-08", "F", "WBRI", "TA6 3AA", nhs, null, null,
                null, null, null, true, "2023-04-28", null, List.of()));
        return nhs;
    }

    @Test
    void a_health_practitioner_records_an_initial_health_assessment_on_accessible_pages() {
        var health = users.create("HEALTH_PRACTITIONER");
        String nhs = child("Poppy", "Stogursey");
        try (Browser browser = new Browser(port)) {
            browser.signIn(health.username(), TestUsers.PASSWORD);
            browser.follow("Health");
            assertThat(browser.heading()).isEqualTo("Health pathways");
            browser.assertAccessible();
            browser.follow("Initial health assessments").assertAccessible();
            browser.press("Record a child becoming looked after").assertAccessible();
            browser.type("nhsNumber", "123").press("Record");
            assertThat(browser.text()).contains("There is a problem").contains("Enter a valid NHS number");
            browser.assertAccessible();
            browser.type("nhsNumber", TestData.spaced(nhs)).type("startedOnDay", "28").type("startedOnMonth", "4")
                    .type("startedOnYear", "2023").press("Record");
            assertThat(browser.heading()).isEqualTo("Initial health assessment");
            assertThat(browser.text()).contains("due by 31 May 2023").contains("Overdue")
                    .contains("Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1)");
            browser.assertAccessible();
            browser.type("assessedOnDay", "2").type("assessedOnMonth", "6").type("assessedOnYear", "2023")
                    .press("Record assessment");
            assertThat(browser.text()).contains("Choose why the assessment was done after its due date");
            browser.assertAccessible();
            browser.select("lateReason", "DID_NOT_ATTEND").press("Record assessment");
            assertThat(browser.text()).contains("has been recorded").contains("Done late")
                    .contains("The child or carer did not attend the appointment").contains("2 June 2023");
            browser.assertAccessible();
            browser.open("/health/looked-after?status=done").assertAccessible();
            assertThat(browser.text()).contains("Poppy Stogursey");
        }
    }

    @Test
    void a_health_practitioner_keeps_the_dynamic_support_register_on_accessible_pages() {
        var health = users.create("HEALTH_PRACTITIONER");
        String nhs = child("Jasper", "Crowcombe");
        String today = String.valueOf(LocalDate.now().getDayOfMonth());
        String month = String.valueOf(LocalDate.now().getMonthValue());
        String year = String.valueOf(LocalDate.now().getYear());
        try (Browser browser = new Browser(port)) {
            browser.signIn(health.username(), TestUsers.PASSWORD);
            browser.follow("Dynamic Support Register");
            assertThat(browser.heading()).isEqualTo("Dynamic Support Register");
            browser.assertAccessible();
            browser.press("Add a child to the register").assertAccessible();
            browser.type("nhsNumber", TestData.spaced(nhs)).choose("lawfulBasis-1").choose("rating-1")
                    .type("reason", "Excluded from school").press("Add to the register");
            assertThat(browser.text()).contains("Enter the best-interests decision");
            browser.assertAccessible();
            browser.choose("lawfulBasis-0").type("consentGivenBy", "Father with parental responsibility")
                    .press("Add to the register");
            assertThat(browser.heading()).isEqualTo("Jasper Crowcombe");
            assertThat(browser.text()).contains("has been added to the register").contains("Amber")
                    .contains("Excluded from school");
            browser.assertAccessible();

            String entry = browser.path();
            browser.open(entry + "/rating").assertAccessible();
            browser.choose("rating-0").type("reason", "Two crisis presentations this week").press("Save rating");
            assertThat(browser.text()).contains("The new rating has been recorded").contains("Red")
                    .contains("Two crisis presentations this week").contains("Excluded from school");

            browser.follow("Record a review").assertAccessible();
            browser.type("heldOnDay", today).type("heldOnMonth", month).type("heldOnYear", year)
                    .type("agencies", "CAMHS, social care").type("summary", "Crisis plan agreed")
                    .type("action1", "Start keyworker support").press("Record review");
            assertThat(browser.text()).contains("Enter who owns the action");
            browser.assertAccessible();
            browser.type("owner1", "Keyworker service").type("due1Day", today).type("due1Month", month)
                    .type("due1Year", year).press("Record review");
            assertThat(browser.text()).contains("The review has been recorded").contains("Start keyworker support")
                    .contains("Keyworker service");

            browser.follow("Record a C(E)TR").assertAccessible();
            browser.choose("type-0").type("heldOnDay", today).type("heldOnMonth", month).type("heldOnYear", year)
                    .type("recommendations", "Intensive support at home").press("Record C(E)TR");
            assertThat(browser.text()).contains("Intensive support at home");

            browser.open(entry + "/keyworker").assertAccessible();
            browser.type("keyworker", "Keyworker service: Keyworker A").press("Save keyworker");
            assertThat(browser.text()).contains("Keyworker service: Keyworker A");
            browser.assertAccessible();

            browser.open("/health/register?rating=RED").assertAccessible();
            assertThat(browser.text()).contains("Jasper Crowcombe");
        }
    }

    @Test
    void a_health_practitioner_imports_health_checks_and_logs_a_late_notification_on_accessible_pages() {
        var health = users.create("HEALTH_PRACTITIONER");
        try (Browser browser = new Browser(port)) {
            browser.signIn(health.username(), TestUsers.PASSWORD);
            browser.open("/health/annual-health-checks").assertAccessible();
            assertThat(browser.heading()).isEqualTo("Annual health checks");

            browser.open("/health/notifications").assertAccessible();
            browser.press("Add to the log").assertAccessible();
            browser.press("Add to the log");
            assertThat(browser.text()).contains("There is a problem").contains("Choose the theme");
            browser.assertAccessible();
            LocalDate due = LocalDate.now().minusDays(10);
            browser.select("theme", "LOOKED_AFTER_NOT_NOTIFIED").type("fromService", "Children's social care")
                    .type("toService", "Looked-after children's health team")
                    .type("dueOnDay", String.valueOf(due.getDayOfMonth()))
                    .type("dueOnMonth", String.valueOf(due.getMonthValue()))
                    .type("dueOnYear", String.valueOf(due.getYear()))
                    .type("description", "Placement started on a Friday; health told the next month")
                    .press("Add to the log");
            assertThat(browser.text()).contains("has been added to the log")
                    .contains("Placement started on a Friday");
            browser.assertAccessible();
        }
    }

    @Test
    void a_board_member_is_refused_the_register_page_on_an_accessible_page() {
        var board = users.create("BOARD_MEMBER");
        try (Browser browser = new Browser(port)) {
            browser.signIn(board.username(), TestUsers.PASSWORD);
            assertThat(browser.text()).doesNotContain("Dynamic Support Register");
            browser.open("/health/register").assertAccessible();
            assertThat(browser.text()).doesNotContain("Crowcombe");
        }
    }
}
