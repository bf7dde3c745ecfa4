package uk.send.platform.demo.internal;

import uk.send.platform.kernel.LocalArea;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.send.platform.access.UserAccounts;
import uk.send.platform.casework.Cases;
import uk.send.platform.children.Children;
import uk.send.platform.demo.DemoSettings;
import uk.send.platform.insight.BulkHistoryLoad;

/**
 * Loads the synthetic Local Area into an empty database on start: on by default for the embedded database,
 * off otherwise (SEND_DEMO_DATA overrides), so a newcomer can sign in and see a working service.
 */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private final UserAccounts accounts;
    private final Children children;
    private final Cases cases;
    private final PartnerAdviceHistories advice;
    private final BulkHistoryLoad bulkLoad;
    private final DatabaseStatistics statistics;
    private final Clock clock;
    private final boolean enabled;
    private final DemoSettings settings;
    private final String laCode;
    private final String port;
    private final DemoFeedback feedback;
    private final DemoHealth health;

    DemoDataLoader(UserAccounts accounts, Children children, Cases cases, PartnerAdviceHistories advice, BulkHistoryLoad bulkLoad,
            DatabaseStatistics statistics, Clock clock,
            @Value("${send.demo.enabled:}") String enabled, @Value("${spring.datasource.url}") String databaseUrl,
            @Value("${send.demo.plans}") int plans, @Value("${send.demo.seed}") long seed,
            @Value("${send.demo.password:send-demo-2026}") String password,
            LocalArea localArea, @Value("${server.port:8080}") String port, DemoFeedback feedback,
            DemoHealth health) {
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.advice = advice;
        this.bulkLoad = bulkLoad;
        this.statistics = statistics;
        this.clock = clock;
        this.enabled = enabled == null || enabled.isBlank() ? databaseUrl.startsWith("jdbc:h2:") : Boolean.parseBoolean(enabled);
        this.settings = new DemoSettings(plans, seed, password);
        this.laCode = localArea.code();
        this.port = port;
        this.feedback = feedback;
        this.health = health;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        if (children.count() > 0) {
            printSignIn("");
            return;
        }
        var area = new SyntheticLocalArea(accounts, children, cases, advice, bulkLoad, statistics, clock, laCode);
        var people = area.register(settings);
        printSignIn("""
                  The children's EHC journeys are loading now (a minute or two); caseloads and the dashboard
                  fill in when "Synthetic Local Area loaded" is printed.
                """);
        area.giveJourneys(people, settings);
        feedback.give(settings.seed());
        health.load(people.children(), settings.seed(), settings.password());
        System.out.println("\n  Synthetic Local Area loaded: caseloads, case histories and the dashboard are ready.\n");
    }

    private void printSignIn(String more) {
        System.out.println("""

                  SEND Platform is running with the synthetic Local Area.
                  Sign in at http://localhost:%s/sign-in
                    caseworker / %s      (also: manager, qa.auditor, improvement.lead, board.member,
                                          data.officer; partner services: ep.advice, health.advice,
                                          salt.advice, ot.advice, camhs.advice, social.advice)
                %s""".formatted(port, settings.password(), more));
    }
}
