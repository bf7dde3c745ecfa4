package uk.send.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestUsers;

/**
 * An improvement lead builds a priority, writes the month's update, adds a milestone and asks the board to move it,
 * and adds a risk; a board member approves the change and issues the board report. Every page passes axe.
 */
@BrowserTest
class ImprovementBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;

    @Test
    void a_lead_runs_a_priority_and_the_board_approves_a_moved_milestone_and_issues_its_report_on_accessible_pages() {
        var lead = users.create("IMPROVEMENT_LEAD");
        var board = users.create("BOARD_MEMBER");
        String month = YearMonth.now().minusMonths(1).toString();
        String planPath;
        String milestonePath;
        try (Browser browser = new Browser(port)) {
            browser.signIn(lead.username(), TestUsers.PASSWORD);
            browser.follow("Improvement plan");
            assertThat(browser.heading()).isEqualTo("Improvement plans");
            browser.assertAccessible();
            browser.press("Add plan");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the plan's title");
            browser.assertAccessible();
            browser.select("type", "WSOA").type("title", "Browser Written Statement of Action").press("Add plan");
            assertThat(browser.heading()).isEqualTo("Browser Written Statement of Action");
            browser.assertAccessible();
            planPath = browser.path();

            browser.press("Add priority");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the priority's code");
            browser.assertAccessible();
            browser.type("code", "IP8").type("title", "Improving the timeliness of assessment")
                    .type("lead", "Head of SEND Statutory Service")
                    .type("concern", "Poor timeliness of the assessment, writing and publication of EHC plans")
                    .press("Add priority");
            assertThat(browser.heading()).isEqualTo("Improving the timeliness of assessment");
            browser.assertAccessible().screenshot("improvement-priority");

            browser.follow("Write the update for " + java.time.YearMonth.now().format(
                    java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK)));
            assertThat(browser.heading()).isEqualTo("Monthly update");
            browser.assertAccessible();
            browser.select("month", month).press("Save update");
            assertThat(browser.text()).contains("There is a problem").contains("Choose green, amber or red");
            browser.assertAccessible();
            browser.select("rag", "AMBER").type("headline", "Backlog cleared; 20-week figure recovering")
                    .type("barrier0", "New staff in induction").type("mitigation0", "Managers prioritise IP8")
                    .type("nextSteps", "Performance reports to advice providers").press("Save update");
            assertThat(browser.text()).contains("Backlog cleared; 20-week figure recovering")
                    .contains("Managers prioritise IP8");
            browser.assertAccessible();

            browser.follow("Add a measure").assertAccessible();
            browser.press("Add measure");
            assertThat(browser.text()).contains("There is a problem").contains("Enter what the measure counts");
            browser.assertAccessible();
            browser.select("measureKey", "ehcp-issued-within-20-weeks").type("target", "60").press("Add measure");
            assertThat(browser.text()).contains("From the SEND dashboard");
            browser.follow("Add a measure").type("title", "Annual health checks taken up, aged 14 and over")
                    .select("unit", "PERCENT").select("direction", "HIGHER").type("source", "GP practice returns")
                    .type("baseline", "28").type("target", "75").press("Add measure");
            assertThat(browser.text()).contains("Annual health checks taken up, aged 14 and over")
                    .contains("Baseline 28%; target 75%");
            browser.assertAccessible();
            browser.press("Record value");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the value for the month");
            browser.assertAccessible().screenshot("improvement-measures");

            browser.follow("Add a milestone");
            browser.assertAccessible();
            browser.type("code", "8.1").type("title", "Additional casework staff in post").type("owner", "Head of SEND")
                    .type("dueOnDay", "28").type("dueOnMonth", "2").type("dueOnYear", "2027").press("Add milestone");
            assertThat(browser.heading()).isEqualTo("Milestone 8.1");
            assertThat(browser.text()).contains("28 February 2027").doesNotContain("Approve change");
            browser.assertAccessible();
            browser.type("dueOnDay", "31").type("dueOnMonth", "2").type("dueOnYear", "2027").press("Send to the board");
            assertThat(browser.text()).contains("There is a problem");
            browser.assertAccessible();
            browser.type("dueOnDay", "30").type("dueOnMonth", "6").type("dueOnYear", "2027")
                    .type("reason", "Recruitment took longer than planned").press("Send to the board");
            assertThat(browser.text()).contains("A change waits for the board").contains("30 June 2027");
            assertThat(browser.text()).doesNotContain("Due date moved");
            browser.assertAccessible().screenshot("improvement-milestone");
            milestonePath = browser.path();

            browser.open("/improvement/risks/new").assertAccessible();
            browser.type("title", "EHC plans are not issued within 20 weeks").type("owner", "Head of SEND")
                    .select("consequence", "4").press("Add risk");
            assertThat(browser.text()).contains("There is a problem").contains("likelihood");
            browser.assertAccessible();
            browser.select("likelihood", "3").select("targetConsequence", "4").select("targetLikelihood", "1")
                    .press("Add risk");
            assertThat(browser.text()).contains("= 12, High");
            browser.assertAccessible();
            browser.follow("Review and re-score this risk").assertAccessible();
            browser.select("consequence", "5").select("likelihood", "4").type("note", "Vacancies").press("Save review");
            assertThat(browser.text()).contains("= 20, Extreme").contains("Escalated to the executive group");
            browser.assertAccessible();
            browser.follow("Back to the risk register");
            assertThat(browser.heading()).isEqualTo("Risk register");
            browser.assertAccessible().screenshot("improvement-risks");

            browser.open(planPath + "/reports/" + month);
            assertThat(browser.text()).contains("Draft").contains("Backlog cleared; 20-week figure recovering")
                    .doesNotContain("Issue this report");
            browser.assertAccessible();
        }
        try (Browser browser = new Browser(port)) {
            browser.signIn(board.username(), TestUsers.PASSWORD);
            browser.open("/improvement").assertAccessible();
            browser.open("/improvement/change-requests");
            assertThat(browser.text()).contains("IP8, milestone 8.1");
            browser.assertAccessible();
            browser.open(milestonePath);
            assertThat(browser.text()).doesNotContain("Update progress");
            browser.press("Refuse change");
            assertThat(browser.text()).contains("There is a problem").contains("Enter the reason for refusing");
            browser.assertAccessible();
            browser.press("Approve change");
            assertThat(browser.text()).contains("Due date moved").contains("The change request has been approved");
            browser.assertAccessible();

            browser.open(planPath + "/reports/" + month).press("Issue this report");
            assertThat(browser.text()).contains("has been issued").contains("exactly as issued");
            browser.assertAccessible().screenshot("improvement-report");
        }
    }
}
