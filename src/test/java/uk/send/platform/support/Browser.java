package uk.send.platform.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Chromium with an axe check (WCAG 2.2 AA) of every page visited. */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final WebDriver driver;
    private final String base;
    private final List<String> checked = new ArrayList<>();

    public Browser(int port) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        this.base = "http://localhost:" + port;
    }

    /** Sets the window's size, e.g. 320 wide for a small phone; the page reflows at once. */
    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        return this;
    }

    /** Whether the page is wider than the window (something forces a sideways scroll). */
    public boolean scrollsSideways() {
        Object wider = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        return Boolean.TRUE.equals(wider);
    }

    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    public Browser type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public Browser choose(String id) {
        driver.findElement(By.id(id)).click();
        return this;
    }

    public Browser select(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Presses a button (or a link styled as one) and waits for the page it leads to. */
    public Browser press(String buttonText) {
        WebElement button = driver.findElements(By.cssSelector("button, a.govuk-button")).stream()
                .filter(b -> b.getText().strip().equals(buttonText)).findFirst()
                .orElseThrow(() -> new AssertionError("No button '" + buttonText + "' on " + driver.getCurrentUrl()));
        return clickAndWait(button);
    }

    /** Follows a link and waits for the page it leads to. */
    public Browser follow(String linkText) {
        return clickAndWait(driver.findElement(By.linkText(linkText)));
    }

    private Browser clickAndWait(WebElement target) {
        WebElement page = driver.findElement(By.tagName("html"));
        target.click();
        waitUntilGone(driver, page);
        return this;
    }

    /**
     * Waits until an element of the page before a click has left the document. Chromium reports a node caught while
     * it is being detached as "does not belong to the document" rather than as stale; both mean the page has gone.
     */
    public static void waitUntilGone(WebDriver driver, WebElement element) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public Browser signIn(String username, String password) {
        open("/sign-in").type("username", username).type("password", password).press("Sign in");
        return this;
    }

    /** Runs axe on the current page and fails with the violations listed; WCAG 2.2 AA must have none. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        checked.add(driver.getCurrentUrl());
        assertThat(violations)
                .as(() -> "axe violations on " + driver.getCurrentUrl() + ":\n" + violations.stream()
                        .map(v -> v.getId() + ": " + v.getHelp() + " " + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
                .isEmpty();
        return this;
    }

    public Browser screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return this;
    }

    /** Emulates a device this many CSS pixels wide (320 for the narrowest phones), or back to desktop with 0. */
    public Browser viewportWidth(int width) {
        ChromeDriver chrome = (ChromeDriver) driver;
        if (width == 0) {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        } else {
            chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", 900,
                    "deviceScaleFactor", 1, "mobile", true));
        }
        return this;
    }

    /** The page's full width in CSS pixels: more than the viewport means it scrolls sideways. */
    public long pageWidth() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    public List<String> pagesChecked() {
        return checked;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
