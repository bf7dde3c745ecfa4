package uk.send.platform.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;
import uk.send.platform.support.TestData;

@SendIntegrationTest
class ChildrenApiTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void a_caseworker_registers_a_child_and_the_nhs_number_comes_back_as_ten_digits() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String nhs = TestData.nhsNumber();
        mvc.perform(post("/api/v1/children").with(caseworker.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.childJson("Amelia", "Stone", "2016-03-02", TestData.spaced(nhs), "P207000016049")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/children/")))
                .andExpect(jsonPath("$.id").isString())
                .andExpect(jsonPath("$.nhsNumber").value(nhs))
                .andExpect(jsonPath("$.upn").value("P207000016049"))
                .andExpect(jsonPath("$.dateOfBirth").value("2016-03-02"));
    }

    @Test
    void an_invalid_nhs_number_future_birth_date_and_missing_name_are_each_explained_and_nothing_is_stored() throws Exception {
        long before = count();
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Stone\",\"dateOfBirth\":\"2099-01-01\",\"sex\":\"F\",\"nhsNumber\":\"9434765918\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("nhsNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("givenName")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void impossible_dates_unknown_codes_and_bad_upns_are_refused_with_field_errors() throws Exception {
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\":\"A\",\"familyName\":\"B\",\"dateOfBirth\":\"2016-02-30\",\"sex\":\"X\","
                                + "\"ethnicity\":\"ZZZZ\",\"upn\":\"B207000016049\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("dateOfBirth")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sex")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("ethnicity")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("upn")));
    }

    @Test
    void a_birth_date_more_than_25_years_ago_is_refused() throws Exception {
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.childJson("Old", "Person", "1990-01-01", null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dateOfBirth"));
    }

    @Test
    void malformed_json_is_a_400_not_a_500() throws Exception {
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"givenName\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void registering_a_child_whose_nhs_number_is_held_offers_the_existing_record() throws Exception {
        String nhs = TestData.nhsNumber();
        String id = idOf(mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.childJson("Ben", "Hill", "2015-05-05", nhs, null))).andReturn().getResponse().getContentAsString());
        long before = count();
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(TestData.childJson("Benjamin", "Hill", "2015-05-05", nhs, null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.existingId").value(id));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_child_is_found_by_nhs_number_and_unknown_ids_are_404() throws Exception {
        String nhs = TestData.nhsNumber();
        mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.childJson("Cara", "Dean", "2014-01-09", nhs, null))).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/children").param("nhsNumber", TestData.spaced(nhs)).with(TestUsers.admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].givenName").value("Cara"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50));
        mvc.perform(get("/api/v1/children/no-such-child").with(TestUsers.admin())).andExpect(status().isNotFound());
    }

    @Test
    void reading_a_child_is_written_to_the_access_log_with_who_and_which_record() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String id = idOf(mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.childJson("Dan", "Evans", "2013-02-02", null, null))).andReturn().getResponse().getContentAsString());
        mvc.perform(get("/api/v1/children/" + id).with(caseworker.basic())).andExpect(status().isOk());
        long reads = jdbc.sql("select count(*) from access_log where username = ? and record_id = ? and action = 'READ'")
                .params(caseworker.username(), id).query(Long.class).single();
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void a_stale_change_is_refused_with_409_and_a_current_one_is_saved() throws Exception {
        String id = idOf(mvc.perform(post("/api/v1/children").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(TestData.childJson("Eve", "Fox", "2012-03-03", null, null))).andReturn().getResponse().getContentAsString());
        mvc.perform(put("/api/v1/children/" + id).header("If-Match", "\"0\"").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.childJson("Evie", "Fox", "2012-03-03", null, null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.givenName").value("Evie")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/children/" + id).header("If-Match", "\"0\"").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON).content(TestData.childJson("Eva", "Fox", "2012-03-03", null, null)))
                .andExpect(status().isConflict());
    }

    @Test
    void an_advice_provider_may_not_read_the_register_and_strangers_must_sign_in() throws Exception {
        var provider = users.create("ADVICE_PROVIDER", null, "Speech and language therapy");
        mvc.perform(get("/api/v1/children").param("name", "a").with(provider.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children").param("name", "a")).andExpect(status().isUnauthorized());
    }

    private long count() {
        return jdbc.sql("select count(*) from children").query(Long.class).single();
    }

    private static String idOf(String json) {
        return JsonPath.read(json, "$.id");
    }
}
