package uk.send.platform.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Browser tests need Debian's chromium and chromium-driver; CI installs them and must never skip. */
public class ChromiumAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(Path.of(Browser.CHROMIUM)) && Files.isExecutable(Path.of(Browser.CHROMEDRIVER))) {
            return ConditionEvaluationResult.enabled("Chromium present");
        }
        String message = "Chromium or ChromeDriver missing (" + Browser.CHROMIUM + ", " + Browser.CHROMEDRIVER
                + "); install Debian packages chromium and chromium-driver";
        if (Boolean.getBoolean("send.require.browser")) {
            throw new IllegalStateException(message + "; send.require.browser=true so this is a failure");
        }
        System.err.println("SKIPPED: " + message);
        return ConditionEvaluationResult.disabled(message);
    }
}
