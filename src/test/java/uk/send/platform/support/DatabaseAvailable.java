package uk.send.platform.support;

import java.sql.DriverManager;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs database tests only where their database answers; in CI a missing PostgreSQL is a failure, not a skip. */
public class DatabaseAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String url = System.getProperty("send.test.url");
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return ConditionEvaluationResult.enabled("embedded H2");
        }
        try (var ignored = DriverManager.getConnection(url, System.getProperty("send.test.username", "postgres"),
                System.getProperty("send.test.password", ""))) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable");
        } catch (Exception e) {
            String message = "PostgreSQL is not reachable at " + url + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("send.require.postgres")) {
                throw new IllegalStateException(message + "; send.require.postgres=true so this is a failure");
            }
            System.err.println("SKIPPED: " + message + ". Set up PostgreSQL on 127.0.0.1:5432 to run these tests.");
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
