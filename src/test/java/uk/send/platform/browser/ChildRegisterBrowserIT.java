package uk.send.platform.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.send.platform.support.Browser;
import uk.send.platform.support.BrowserTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

@BrowserTest
class ChildRegisterBrowserIT {

    @LocalServerPort int port;
    @Autowired TestUsers users;

    @Test
    void a_caseworker_signs_in_adds_a_child_and_finds_them_with_every_page_accessible() {
        var caseworker = users.create("CASEWORKER");
        String nhs = TestData.nhsNumber();
        try (Browser browser = new Browser(port)) {
            browser.open("/sign-in").assertAccessible().screenshot("sign-in");
            browser.signIn(caseworker.username(), TestUsers.PASSWORD);
            assertThat(browser.heading()).isEqualTo("Your work");
            browser.assertAccessible().screenshot("home");

            browser.follow("Children");
            assertThat(browser.heading()).isEqualTo("Find a child or young person");
            browser.assertAccessible();

            browser.follow("Add a child").assertAccessible().screenshot("add-child");
            browser.type("givenName", "Willow").type("familyName", "Exford")
                    .type("dateOfBirthDay", "31").type("dateOfBirthMonth", "2").type("dateOfBirthYear", "2015")
                    .type("nhsNumber", "943 476 5918").press("Add child");
            assertThat(browser.text()).contains("There is a problem").contains("Enter a valid NHS number");
            browser.assertAccessible().screenshot("add-child-errors");

            browser.type("dateOfBirthDay", "28").type("nhsNumber", TestData.spaced(nhs))
                    .choose("sex-0").select("ethnicity", "WBRI").type("postcode", "ta1 1aa")
                    .type("contactName", "Hazel Exford").select("contactRelationship", "MOTHER")
                    .press("Add child");
            assertThat(browser.heading()).isEqualTo("Willow Exford");
            assertThat(browser.text()).contains("has been added to the register").contains("TA1 1AA")
                    .contains(TestData.spaced(nhs));
            browser.assertAccessible().screenshot("child");

            browser.open("/children").type("name", "wil exf").press("Search");
            assertThat(browser.text()).contains("1 child found").contains("Exford, Willow");
            browser.assertAccessible().screenshot("search-results");
            browser.follow("Exford, Willow");
            assertThat(browser.heading()).isEqualTo("Willow Exford");

            browser.open("/no-such-page");
            assertThat(browser.heading()).isEqualTo("Page not found");
            browser.assertAccessible();
        }
    }

    @Test
    void an_administrator_manages_users_and_reads_the_access_log_on_accessible_pages() {
        try (Browser browser = new Browser(port)) {
            browser.signIn("admin", "admin-test-password");
            for (String page : new String[] {"/admin/users", "/admin/users/new", "/admin/roles", "/admin/tokens",
                    "/admin/access-log", "/accessibility", "/privacy"}) {
                browser.open(page).assertAccessible();
            }
            browser.open("/admin/users/new").type("username", "new.caseworker").type("displayName", "New Caseworker")
                    .choose("role-0").type("password", "a-long-enough-password").press("Save");
            assertThat(browser.text()).contains("User new.caseworker has been added");
            browser.assertAccessible();
        }
    }
}
