package uk.send.platform.access;

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

/** A username is chosen once: the form for a new user asks for it, the form for an existing user does not. */
@SendIntegrationTest
class AdminUserFormTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void the_new_user_form_asks_for_a_username_and_the_edit_form_does_not() throws Exception {
        mvc.perform(get("/admin/users/new").with(users.adminSignedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"username\"")));
        var existing = users.create("CASEWORKER");
        mvc.perform(get("/admin/users/" + existing.id()).with(users.adminSignedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"username\""))));
    }
}
