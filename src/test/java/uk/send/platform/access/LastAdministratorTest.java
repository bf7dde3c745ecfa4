package uk.send.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.kernel.InvalidInput;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Issue 16, finding 5: the last enabled administrator can neither disable nor demote themselves. */
@SendIntegrationTest
class LastAdministratorTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired UserAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void the_last_enabled_administrator_cannot_be_disabled_or_demoted_and_nothing_changes() {
        var admin = users.create("ADMINISTRATOR");
        java.util.List<Long> disabled = disableEveryAdministratorBut(admin.id());
        try {

            assertThatThrownBy(() -> accounts.change(admin.id(), "Last admin", null, null, null, false,
                    Set.of("ADMINISTRATOR"), null)).isInstanceOf(InvalidInput.class).hasMessageContaining("enabled");
            assertThatThrownBy(() -> accounts.change(admin.id(), "Last admin", null, null, null, true,
                    Set.of("CASEWORKER"), "a-new-password-that-is-long")).isInstanceOf(InvalidInput.class);

            UserAccount after = accounts.find(admin.id()).orElseThrow();
            assertThat(after.enabled()).isTrue();
            assertThat(after.roles()).containsExactly("ADMINISTRATOR");
        } finally {
            enable(disabled);
        }
    }

    @Test
    void the_page_refuses_it_with_the_error_on_the_field() throws Exception {
        var admin = users.create("ADMINISTRATOR");
        java.util.List<Long> disabled = disableEveryAdministratorBut(admin.id());
        try {
            mvc.perform(post("/admin/users/" + admin.id()).with(admin.signedIn()).with(csrf())
                            .param("displayName", "Last admin").param("roles", "ADMINISTRATOR")
                            .param("_enabled", "on"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("last enabled administrator")))
                    .andExpect(content().string(Matchers.containsString("id=\"enabled-error\"")));
            assertThat(accounts.find(admin.id()).orElseThrow().enabled()).isTrue();
        } finally {
            enable(disabled);
        }
    }

    @Test
    void an_administrator_may_step_down_while_another_is_enabled() {
        var first = users.create("ADMINISTRATOR");
        users.create("ADMINISTRATOR");
        accounts.change(first.id(), "Stepping down", null, null, null, true, Set.of("CASEWORKER"), null);
        assertThat(accounts.find(first.id()).orElseThrow().roles()).containsExactly("CASEWORKER");
    }

    private java.util.List<Long> disableEveryAdministratorBut(long id) {
        java.util.List<Long> others = jdbc.sql("select id from users where enabled = true and id <> ? and id in "
                + "(select user_id from user_roles where role_code = 'ADMINISTRATOR')").param(id).query(Long.class).list();
        others.forEach(other -> jdbc.sql("update users set enabled = false where id = ?").param(other).update());
        return others;
    }

    private void enable(java.util.List<Long> ids) {
        ids.forEach(id -> jdbc.sql("update users set enabled = true where id = ?").param(id).update());
    }
}
