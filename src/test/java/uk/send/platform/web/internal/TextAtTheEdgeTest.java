package uk.send.platform.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Issue 16, finding 7: control characters and over-long passwords are refused at the edge, never a 500. */
@SendIntegrationTest
class TextAtTheEdgeTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void a_nul_in_a_childs_name_on_the_api_is_a_400_naming_the_field_and_nothing_is_stored() throws Exception {
        long before = jdbc.sql("select count(*) from children").query(Long.class).single();
        mvc.perform(post("/api/v1/children").with(users.create("CASEWORKER").basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": \"Ann\\u0000a\", \"familyName\": \"Stone\", "
                                + "\"dateOfBirth\": \"2016-03-02\", \"sex\": \"F\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("givenName"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("control")));
        assertThat(jdbc.sql("select count(*) from children").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void an_escape_character_in_a_form_field_is_a_400_naming_the_field() throws Exception {
        mvc.perform(post("/children/new").with(users.create("CASEWORKER").signedIn()).with(csrf())
                        .param("givenName", "Ann\u001b[31m").param("familyName", "Stone"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void new_lines_and_tabs_are_text() {
        assertThat(ControlCharacters.present("Line one\r\nLine\ttwo")).isFalse();
        assertThat(ControlCharacters.present("NUL\u0000")).isTrue();
    }

    @Test
    void a_password_over_72_bytes_is_refused_at_sign_in_and_on_the_user_form_without_a_500() throws Exception {
        var caseworker = users.create("CASEWORKER");
        mvc.perform(formLogin("/sign-in").user(caseworker.username()).password("é".repeat(40)))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/api/v1/admin/users").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"long-password-user\", \"displayName\": \"Long\", \"roles\": "
                                + "[\"CASEWORKER\"], \"password\": \"" + "x".repeat(73) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
    }
}
