package uk.send.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

@SendIntegrationTest
class ErrorPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void an_unknown_page_is_a_gov_uk_404_page_without_a_stack_trace() throws Exception {
        mvc.perform(get("/no-such-page").with(users.adminSignedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("Exception"))));
        mvc.perform(get("/children/not-a-real-id").with(users.adminSignedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void the_service_styles_scripts_and_gov_uk_frontend_are_served_and_unknown_api_paths_are_404_problems()
            throws Exception {
        for (String asset : new String[] {"/css/app.css", "/js/init.js", "/govuk/govuk-frontend.min.css"}) {
            mvc.perform(get(asset)).andExpect(status().isOk());
        }
        mvc.perform(get("/css/no-such.css")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/no-such-thing").with(users.adminSignedIn()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void a_forbidden_page_explains_itself() throws Exception {
        var provider = users.create("ADVICE_PROVIDER");
        mvc.perform(get("/children").with(provider.signedIn()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("You cannot see this page")));
    }

    @Test
    void the_navigation_shows_only_what_the_role_allows() throws Exception {
        var board = users.create("BOARD_MEMBER");
        mvc.perform(get("/").with(board.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/children\""))))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
        mvc.perform(get("/").with(users.adminSignedIn()))
                .andExpect(content().string(containsString("href=\"/admin/users\"")));
    }
}
