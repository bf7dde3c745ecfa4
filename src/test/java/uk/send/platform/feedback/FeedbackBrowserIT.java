package uk.send.platform.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.send.platform.casework.Cases;
import uk.send.platform.casework.NewCase;
import uk.send.platform.casework.RequestSource;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.children.Contact;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

/**
 * The survey pages a family sees, on a 320-pixel-wide phone and on a desktop, and the staff pages, each checked with
 * axe (WCAG 2.2 AA). No JavaScript is needed: every step is a link or a form post.
 */
@BrowserTest
class FeedbackBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;
    @Autowired Children children;
    @Autowired Cases cases;
    @Autowired FamilyFeedback feedback;

    private final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @Test
    void a_family_answers_on_a_small_phone_with_errors_shown_then_the_link_refuses_and_reveals_nothing() {
        var caseworker = users.create("CASEWORKER");
        String caseId = caseFor(caseworker.username(), "Senara");
        String link = as(caseworker.username(), () -> feedback.invite(caseId, KeyPoint.AFTER_FINAL_PLAN, null).link());
        String path = FeedbackFixture.path(link);

        try (Browser browser = new Browser(port)) {
            browser.resize(320, 900).open(path);
            assertThat(browser.heading()).isEqualTo("Tell us how the making of the EHC plan went");
            assertThat(browser.text()).doesNotContain("Senara").doesNotContain("Trevose");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible().screenshot("survey-320");

            browser.follow("Read this survey in easy-read words");
            assertThat(browser.heading()).isEqualTo("Tell us about your EHC plan");
            assertThat(browser.text()).contains("My ideas about the draft plan were used").contains("Yes, a lot");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible().screenshot("survey-easy-read-320");

            browser.choose("q-listened-5").press("Send my answers");
            assertThat(browser.text()).contains("There is a problem").contains("Choose an answer to");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible().screenshot("survey-errors-320");

            browser.choose("q-draft-4").choose("q-describes-4")
                    .type("q-better", "Tell us sooner when the plan is coming").choose("anonymous")
                    .press("Send my answers");
            assertThat(browser.heading()).isEqualTo("Thank you");
            browser.assertAccessible().screenshot("survey-thanks-320");

            browser.open(path);
            assertThat(browser.heading()).isEqualTo("This link does not work");
            assertThat(browser.text()).doesNotContain("Senara").doesNotContain("plan went");
            browser.assertAccessible().screenshot("survey-refused-320");

            browser.resize(1280, 1000).open(path);
            browser.assertAccessible();
            browser.open("/you-said-we-did");
            assertThat(browser.heading()).isEqualTo("You said, we did");
            browser.assertAccessible().screenshot("you-said-we-did-public");
            browser.resize(320, 900);
            assertThat(browser.scrollsSideways()).isFalse();
            browser.assertAccessible();
        }
        try (Browser browser = new Browser(port)) {
            String other = caseFor(caseworker.username(), "Jago");
            String wide = FeedbackFixture.path(as(caseworker.username(),
                    () -> feedback.invite(other, KeyPoint.AFTER_DECISION_TO_ASSESS, null).link()));
            browser.open(wide);
            assertThat(browser.heading()).isEqualTo("Tell us how the request for an assessment went");
            browser.assertAccessible().screenshot("survey-1280");
        }
    }

    @Test
    void staff_send_a_survey_from_the_case_read_results_tag_comments_and_keep_the_you_said_we_did_log() {
        var caseworker = users.create("CASEWORKER");
        String caseId = caseFor(caseworker.username(), "Tristan");
        try (Browser browser = new Browser(port)) {
            browser.signIn(caseworker.username(), TestUsers.PASSWORD).open("/surveys/cases/" + caseId);
            assertThat(browser.heading()).isEqualTo("Family feedback");
            browser.assertAccessible().screenshot("case-feedback-empty");
            browser.type("recipient", "not-an-email").choose("survey-choice").press("Send survey");
            assertThat(browser.text()).contains("There is a problem").contains("Enter an email address in the correct format");
            browser.assertAccessible();
            browser.type("recipient", "tristan.family@example.org").choose("survey-choice").press("Send survey");
            assertThat(browser.text()).contains("The survey has been sent").contains("/feedback/")
                    .contains("After the decision whether to assess").contains("Sent, not answered yet");
            browser.assertAccessible().screenshot("case-feedback-sent");
            browser.resize(320, 900);
            browser.assertAccessible();
        }

        var lead = users.create("IMPROVEMENT_LEAD");
        try (Browser browser = new Browser(port)) {
            browser.signIn(lead.username(), TestUsers.PASSWORD);
            browser.follow("Families' feedback");
            assertThat(browser.heading()).isEqualTo("Families' feedback");
            browser.assertAccessible().screenshot("feedback-results");

            browser.follow("Comments and themes");
            assertThat(browser.heading()).isEqualTo("Comments and themes");
            browser.type("name", "Communication " + System.nanoTime()).press("Add theme");
            assertThat(browser.text()).contains("has been added");
            browser.assertAccessible().screenshot("feedback-comments");

            browser.follow("You said, we did");
            browser.press("Add to the log");
            assertThat(browser.text()).contains("There is a problem").contains("Enter what families told us");
            browser.assertAccessible();
            browser.type("youSaid", "We did not hear back after the review meeting")
                    .type("weDid", "Caseworkers now send the review decision within 2 weeks of the meeting")
                    .type("doneOnDay", String.valueOf(today.getDayOfMonth()))
                    .type("doneOnMonth", String.valueOf(today.getMonthValue()))
                    .type("doneOnYear", String.valueOf(today.getYear()))
                    .press("Add to the log");
            assertThat(browser.text()).contains("The entry has been added to the log").contains("Not published");
            browser.assertAccessible().screenshot("feedback-log");

            browser.follow("Surveys and settings");
            assertThat(browser.heading()).isEqualTo("Surveys and settings");
            browser.assertAccessible().screenshot("feedback-definitions");
        }
    }

    private String caseFor(String caseworker, String givenName) {
        String childId = children.registerForDemo(new ChildDetails(givenName, "Trevose", "2014-05-06", "M", null,
                "TR1 1AA", TestData.nhsNumber(), null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null,
                List.of(new Contact("Parent of " + givenName, "PARENT", null, givenName.toLowerCase() + ".home@example.org",
                        null, true))));
        return as(caseworker, () -> cases.open(new NewCase(childId, today.minusDays(150),
                RequestSource.PARENT_OR_YOUNG_PERSON)).id());
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
