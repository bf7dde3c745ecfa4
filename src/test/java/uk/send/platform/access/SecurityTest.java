package uk.send.platform.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

@SendIntegrationTest
class SecurityTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void no_page_is_reachable_without_signing_in_except_the_public_ones() throws Exception {
        for (String page : List.of("/", "/children", "/children/new", "/admin/users", "/admin/access-log", "/admin/tokens")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        }
        for (String open : List.of("/sign-in", "/accessibility", "/privacy", "/govuk/govuk-frontend.min.css",
                "/assets/rebrand/images/favicon.svg", "/v3/api-docs")) {
            mvc.perform(get(open)).andExpect(status().isOk());
        }
    }

    @Test
    void no_api_is_reachable_without_credentials() throws Exception {
        for (String api : List.of("/api/v1/children", "/api/v1/children/x", "/api/v1/admin/users", "/api/v1/cases")) {
            mvc.perform(get(api)).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void a_caseworker_cannot_reach_the_administrator_pages_or_api() throws Exception {
        var caseworker = users.create("CASEWORKER");
        for (String page : List.of("/admin/users", "/admin/users/new", "/admin/roles", "/admin/access-log", "/admin/tokens")) {
            mvc.perform(get(page).with(caseworker.signedIn())).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/admin/users").with(caseworker.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/access-log").with(caseworker.basic())).andExpect(status().isForbidden());
    }

    @Test
    void signing_in_with_the_form_works_and_a_wrong_password_does_not() throws Exception {
        var caseworker = users.create("CASEWORKER");
        mvc.perform(formLogin("/sign-in").user(caseworker.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/sign-in").user(caseworker.username()).password("wrong"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void repeated_failed_sign_ins_lock_the_account_from_that_address_even_with_the_right_password() throws Exception {
        var caseworker = users.create("CASEWORKER");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").user(caseworker.username()).password("wrong-" + i));
        }
        mvc.perform(formLogin("/sign-in").user(caseworker.username()).password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void pages_refuse_a_form_post_without_a_csrf_token() throws Exception {
        mvc.perform(post("/children/new").with(user("admin").authorities(() -> "children.write")).param("givenName", "A"))
                .andExpect(status().isForbidden());
    }

    @Test
    void responses_carry_security_headers() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=")));
    }

    @Test
    void an_administrator_issues_a_token_that_works_until_it_is_revoked() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String body = mvc.perform(post("/api/v1/admin/tokens").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"userId\":" + caseworker.id() + ",\"name\":\"Export\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(body, "$.token");
        Number id = JsonPath.read(body, "$.id");
        mvc.perform(get("/api/v1/children").param("name", "zz").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/admin/users").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/admin/tokens/" + id).with(TestUsers.admin())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/children").param("name", "zz").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/children").header("Authorization", "Bearer sendp_made-up")).andExpect(status().isUnauthorized());
    }

    @Test
    void an_administrator_searches_the_access_log_for_reads_of_a_record() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String body = mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"Lia\",\"familyName\":\"Moss\",\"dateOfBirth\":\"2017-04-04\",\"sex\":\"F\"}"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(body, "$.id");
        mvc.perform(get("/children/" + id).with(caseworker.signedIn())).andExpect(status().isOk());
        String log = mvc.perform(get("/api/v1/admin/access-log").param("recordId", id).with(TestUsers.admin()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(2))
                .andReturn().getResponse().getContentAsString();
        assertThat(log).contains(caseworker.username()).contains("READ").contains("CREATE");
        mvc.perform(get("/admin/access-log").param("recordId", id).with(users.adminSignedIn()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString(caseworker.username())));
    }

    @Test
    void passwords_are_stored_hashed() {
        var caseworker = users.create("CASEWORKER");
        String hash = jdbc.sql("select password_hash from users where id = ?").param(caseworker.id()).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestUsers.PASSWORD);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
