package uk.send.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.EventType;
import uk.send.platform.casework.NewCase;
import uk.send.platform.casework.NewEvent;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

@BrowserTest
class AdviceBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;
    @Autowired Children children;
    @Autowired Cases cases;

    @Test
    void a_paediatrician_completes_and_submits_health_advice_and_the_caseworker_reads_it_on_accessible_pages() {
        var caseworker = users.create("CASEWORKER");
        var paediatrician = users.create("ADVICE_PROVIDER", null, "Community paediatrics");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String childId = children.registerForDemo(new ChildDetails("Willow", "Exford", "2015-02-28", "F", null,
                "TA1 1AA", TestData.nhsNumber(), null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null,
                null));
        String caseId = as(caseworker.username(), () -> cases.open(new NewCase(childId, today.minusDays(20),
                RequestSource.PARENT_OR_YOUNG_PERSON)).id());
        String adviceId = as(caseworker.username(), () -> {
            cases.record(caseId, NewEvent.of(EventType.DECIDED_TO_ASSESS, today.minusDays(12)), null);
            return cases.record(caseId, NewEvent.of(EventType.ADVICE_REQUESTED, today.minusDays(10))
                    .with("service", "HEALTH").with("recipient", "Community paediatrics"), null).adviceId();
        });

        try (Browser browser = new Browser(port)) {
            browser.signIn(paediatrician.username(), TestUsers.PASSWORD);
            browser.follow("Advice requests");
            assertThat(heading(browser)).isEqualTo("Advice requests");
            assertThat(text(browser)).contains("Community paediatrics").contains("Willow Exford").contains("Due in 32 days");
            browser.assertAccessible().screenshot("advice-tray");

            browser.follow("Willow Exford");
            assertThat(heading(browser)).isEqualTo("Health advice for Willow Exford");
            assertThat(text(browser)).contains("SEND Regulations 2014 reg 8(1)").doesNotContain("Back to the case");
            browser.assertAccessible().screenshot("advice-request");
            browser.press("Accept this request");
            assertThat(text(browser)).contains("You have accepted this request");
            browser.assertAccessible();

            browser.press("Write advice");
            assertThat(heading(browser)).isEqualTo("Health advice (Appendix C)");
            browser.assertAccessible().screenshot("advice-form");
            browser.type("q-author", "Dr A Patel, Community Paediatrician")
                    .type("q-diagnoses", "Autism spectrum condition, diagnosed March 2022")
                    .type("q-provision-0-what", "Sensory circuit before lessons")
                    .press("Submit advice");
            assertThat(text(browser)).contains("There is a problem").contains("Enter how you gathered this advice")
                    .contains("Line 1 of provision: enter how often and for how long");
            browser.assertAccessible().screenshot("advice-form-errors");

            browser.type("q-sources", "Seen in clinic with her mother")
                    .type("q-needs", "Finds noisy classrooms overwhelming; needs regular movement breaks")
                    .type("q-outcomes", "By the end of key stage 2, Willow asks for a break when she needs one")
                    .type("q-provision-0-frequency", "Daily, 15 minutes")
                    .type("q-provision-0-who", "Teaching assistant trained by the occupational therapist")
                    .press("Save draft");
            assertThat(text(browser)).contains("Your draft has been saved");
            browser.assertAccessible();
            browser.press("Submit advice");
            assertThat(text(browser)).contains("Your advice has been submitted").contains("Submitted advice")
                    .contains("Sensory circuit before lessons");
            browser.assertAccessible().screenshot("advice-submitted");
        }

        try (Browser browser = new Browser(port)) {
            browser.signIn(caseworker.username(), TestUsers.PASSWORD);
            browser.open("/cases/" + caseId);
            assertThat(text(browser)).contains("Willow Exford");
            browser.assertAccessible();
            browser.open("/advice/cases/" + caseId + "/advice/" + adviceId);
            assertThat(heading(browser)).isEqualTo("Health advice for Willow Exford");
            assertThat(text(browser)).contains("Submitted advice").contains("Dr A Patel, Community Paediatrician")
                    .contains("Teaching assistant trained by the occupational therapist").contains("within 6 weeks")
                    .doesNotContain("Write advice").doesNotContain("Accept this request");
            browser.assertAccessible().screenshot("advice-read-by-caseworker");
        }

        var manager = users.create("TEAM_MANAGER");
        try (Browser browser = new Browser(port)) {
            browser.signIn(manager.username(), TestUsers.PASSWORD);
            browser.follow("Advice performance");
            assertThat(heading(browser)).isEqualTo("Advice performance");
            browser.assertAccessible().screenshot("advice-performance");
            browser.follow("Monthly reports to services (PDF)");
            assertThat(heading(browser)).isEqualTo("Monthly advice reports");
            browser.assertAccessible();
            browser.select("service", "community-paediatrics").press("Generate report");
            assertThat(text(browser)).contains("has been generated");
            browser.assertAccessible().screenshot("advice-reports");
        }
    }

    @Test
    void an_administrator_keeps_the_partner_services_on_an_accessible_page() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "admin-test-password");
            browser.follow("Partner services");
            assertThat(heading(browser)).isEqualTo("Partner services");
            browser.assertAccessible();
            browser.type("code", "ot-north").type("name", "Occupational therapy north").select("kind", "HEALTH")
                    .press("Save service");
            assertThat(text(browser)).contains("Occupational therapy north has been saved");
            browser.assertAccessible();
            browser.type("code", "Bad Code!").press("Save service");
            assertThat(text(browser)).contains("There is a problem").contains("Enter a code of 2 to 40");
            browser.assertAccessible().screenshot("advice-services");
        }
    }

    /** The page's text once the page after a click has loaded (a click returns before the next page arrives). */
    private static String text(Browser browser) {
        return loaded(browser::text);
    }

    private static String heading(Browser browser) {
        return loaded(browser::heading);
    }

    private static String loaded(Supplier<String> read) {
        long until = System.currentTimeMillis() + 10_000;
        while (true) {
            try {
                return read.get();
            } catch (org.openqa.selenium.NoSuchElementException | org.openqa.selenium.StaleElementReferenceException e) {
                if (System.currentTimeMillis() > until) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
