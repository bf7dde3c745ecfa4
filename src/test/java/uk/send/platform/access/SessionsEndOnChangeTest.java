package uk.send.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Issue 16, finding 1: a disabled or demoted user's open session loses its rights at once. */
@SendIntegrationTest
class SessionsEndOnChangeTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserAccounts accounts;

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/sign-in").user(username).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    @Test
    void a_demoted_administrator_s_open_session_can_no_longer_manage_users() throws Exception {
        var admin = users.create("ADMINISTRATOR");
        MockHttpSession session = signIn(admin.username());
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());

        accounts.setRoles(admin.id(), Set.of("CASEWORKER"));

        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(session.isInvalid()).as("the old session is ended").isTrue();
    }

    @Test
    void a_disabled_user_s_open_session_is_ended_on_their_next_request() throws Exception {
        var caseworker = users.create("CASEWORKER");
        MockHttpSession session = signIn(caseworker.username());
        mvc.perform(get("/cases").session(session)).andExpect(status().isOk());

        UserAccount account = accounts.find(caseworker.id()).orElseThrow();
        accounts.update(caseworker.id(), account.displayName(), account.email(), account.team(), account.service(),
                false);

        mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void a_password_changed_elsewhere_ends_the_other_sessions() throws Exception {
        var caseworker = users.create("CASEWORKER");
        MockHttpSession session = signIn(caseworker.username());

        accounts.changePassword(caseworker.id(), "a-new-and-longer-password");

        mvc.perform(get("/cases").session(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void an_unchanged_user_keeps_their_session() throws Exception {
        var caseworker = users.create("CASEWORKER");
        MockHttpSession session = signIn(caseworker.username());
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/cases").session(session)).andExpect(status().isOk());
        }
        assertThat(session.isInvalid()).isFalse();
    }
}
