package uk.send.platform.casework.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.Browser;
import uk.send.platform.support.TestUsers;

/**
 * A caseworker takes a request to a final plan in a real browser, and axe checks every page on the way against
 * WCAG 2.2 AA. Needs Chromium; skipped without it unless send.require.browser=true (CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestUsers.class)
class CaseworkBrowserIT {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;

    private WebDriver driver;

    @BeforeEach
    void startBrowser() {
        boolean present = Files.isExecutable(Path.of("/usr/bin/chromium"))
                || Files.isExecutable(Path.of("/usr/bin/google-chrome"));
        if (!present && Boolean.getBoolean("send.require.browser")) {
            throw new IllegalStateException("Chromium is required (send.require.browser=true) but not installed");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed");
        ChromeOptions options = new ChromeOptions().addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--window-size=1280,1024");
        if (Files.isExecutable(Path.of("/usr/bin/chromium"))) {
            options.setBinary("/usr/bin/chromium");
        }
        driver = new ChromeDriver(options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void a_caseworker_takes_a_request_to_a_final_plan() {
        TestUsers.TestUser worker = users.create("CASEWORKER", "Browser Team", null);
        String childId = children.registerForDemo(new ChildDetails("Nora", "Browser", "2015-05-05", "F", null, null,
                null, null, null, null, null, "MAINSTREAM_ACADEMY", false, null, null, null));
        signIn(worker.username());

        open("/cases");
        accessible("caseload");
        open("/cases/new?childId=" + childId);
        accessible("start a case");
        date("requestReceivedOn", "40", "7", "2025");
        submit();
        assertThat(driver.getPageSource()).contains("There is a problem");
        accessible("start a case with errors");
        date("requestReceivedOn", "14", "7", "2025");
        driver.findElement(By.cssSelector("input[name=requestSource][value=PARENT_OR_YOUNG_PERSON]")).click();
        submit();
        assertThat(driver.getCurrentUrl()).contains("/cases/");
        accessible("case page");
        String caseUrl = driver.getCurrentUrl();

        record(caseUrl, "DECIDED_TO_ASSESS", "20", "8", "2025");
        accessible("case page after an event");
        step(caseUrl, "ADVICE_REQUESTED");
        accessible("advice request form");
        date("on", "21", "8", "2025");
        driver.findElement(By.cssSelector("input[name=service][value=HEALTH]")).click();
        submit();
        record(caseUrl, "DECIDED_TO_ISSUE", "1", "10", "2025");
        record(caseUrl, "DRAFT_PLAN_ISSUED", "13", "10", "2025");
        step(caseUrl, "FINAL_PLAN_ISSUED");
        accessible("final plan form with the SEN2 needs");
        date("on", "28", "11", "2025");
        new Select(driver.findElement(By.id("primaryNeed"))).selectByValue("SLCN");
        submit();
        assertThat(driver.getPageSource()).contains("Within 20 weeks").contains("Plan maintained")
                .contains("Speech, language and communication needs (SLCN)");
        accessible("case page with a final plan");

        driver.get(caseUrl + "/plan");
        accessible("empty plan");
        new Select(driver.findElement(By.id("section"))).selectByValue("B");
        type("text", "Difficulty understanding spoken language");
        submitAndWait(driver.findElement(By.cssSelector("#plan-form button[type=submit]")));
        new Select(driver.findElement(By.id("section"))).selectByValue("F");
        type("text", "Access to regular speech therapy");
        driver.findElement(By.id("serves-0")).click();
        submitAndWait(driver.findElement(By.cssSelector("#plan-form button[type=submit]")));
        assertThat(driver.getPageSource()).contains("vague wording");
        accessible("plan with flags");
        driver.findElement(By.xpath("//form[@id='placement-form']/ancestor::details/summary")).click();
        type("urn", "12345");
        submitAndWait(driver.findElement(By.cssSelector("#placement-form button[type=submit]")));
        assertThat(driver.getPageSource()).contains("There is a problem").contains("6 digits from 100000");
        accessible("plan with a bad URN in section I");
        type("urn", "123456");
        submitAndWait(driver.findElement(By.cssSelector("#placement-form button[type=submit]")));
        assertThat(driver.getPageSource()).contains("URN 123456");

        step(caseUrl, "REVIEW_DECISION_MADE");
        assertThat(driver.getCurrentUrl()).isEqualTo(caseUrl);
        step(caseUrl, "REVIEW_MEETING_HELD");
        date("on", "31", "2", "2026");
        submit();
        assertThat(driver.getPageSource()).contains("There is a problem");
        accessible("event form with errors");
    }

    @Test
    void a_team_manager_reads_the_workload() {
        TestUsers.TestUser manager = users.create("TEAM_MANAGER", "Browser Team", null);
        signIn(manager.username());
        open("/cases/team");
        accessible("team workload");
    }

    private void signIn(String username) {
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        submit();
    }

    private void record(String caseUrl, String type, String day, String month, String year) {
        step(caseUrl, type);
        date("on", day, month, year);
        submit();
        assertThat(driver.getCurrentUrl()).isEqualTo(caseUrl);
    }

    private void step(String caseUrl, String type) {
        driver.get(caseUrl + "/record/" + type);
    }

    private void date(String field, String day, String month, String year) {
        type(field + "Day", day);
        type(field + "Month", month);
        type(field + "Year", year);
    }

    private void type(String id, String text) {
        var input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private void submit() {
        submitAndWait(driver.findElement(By.cssSelector(
                "main button[type=submit].govuk-button:not(.govuk-button--secondary)")));
    }

    /** Clicks and waits for the next page, so the next lookup never finds an element of the old one. */
    private void submitAndWait(WebElement button) {
        button.click();
        Browser.waitUntilGone(driver, button);
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    private void accessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(page + ": " + violations.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> n.getTarget().toString())
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }
}
