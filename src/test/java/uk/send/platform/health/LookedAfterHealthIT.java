package uk.send.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

/** Looked-after children's initial health assessments over the API, on H2 and PostgreSQL. */
@SendIntegrationTest
class LookedAfterHealthIT {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    private String child() {
        return children.registerForDemo(new ChildDetails("Rowan", "Cheddon", "2014-05-06", "F", "WBRI", "TA2 8AA",
                TestData.nhsNumber(), null, null, null, null, null, true, "2022-09-12", null, List.of()));
    }

    private String send(TestUsers.TestUser user, String path, String json, int expected) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(user.basic()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private long rows() {
        return jdbc.sql("select count(*) from health_looked_after").query(Long.class).single();
    }

    @Test
    void a_child_who_became_looked_after_on_Mon_12_Sep_2022_has_the_assessment_due_on_Tue_11_Oct_2022() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String childId = child();
        mvc.perform(post("/api/v1/health/looked-after").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + childId + "\",\"startedOn\":\"2022-09-12\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/health/looked-after/")))
                .andExpect(jsonPath("$.dueOn").value("2022-10-11"))
                .andExpect(jsonPath("$.rule").value("Care Planning, Placement and Case Review (England) Regulations 2010 reg 33(1)"))
                .andExpect(jsonPath("$.deadline.dueOn").value("2022-10-11"))
                .andExpect(jsonPath("$.status").value("MISSED"));
    }

    @Test
    void a_late_assessment_needs_a_reason_and_is_then_recorded_as_missed_with_it() throws Exception {
        var social = users.create("SOCIAL_CARE_PRACTITIONER");
        String body = send(social, "/api/v1/health/looked-after",
                "{\"childId\":\"" + child() + "\",\"startedOn\":\"2023-04-28\"}", 201);
        String id = JsonPath.read(body, "$.id");
        mvc.perform(post("/api/v1/health/looked-after/" + id + "/assessment").with(social.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assessedOn\":\"2023-06-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("lateReason")));
        mvc.perform(post("/api/v1/health/looked-after/" + id + "/assessment").with(social.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"assessedOn\":\"2023-06-01\",\"lateReason\":\"NOT_NOTIFIED_IN_TIME\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MISSED"))
                .andExpect(jsonPath("$.deadline.metOn").value("2023-06-01"))
                .andExpect(jsonPath("$.lateReason").value("NOT_NOTIFIED_IN_TIME"));
        mvc.perform(post("/api/v1/health/looked-after/" + id + "/assessment").with(social.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assessedOn\":\"2023-06-02\"}"))
                .andExpect(status().isConflict());
    }

    @Test
    void an_assessment_on_the_due_date_is_met_and_needs_no_reason() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String id = JsonPath.read(send(health, "/api/v1/health/looked-after",
                "{\"childId\":\"" + child() + "\",\"startedOn\":\"2025-12-19\"}", 201), "$.id");
        mvc.perform(post("/api/v1/health/looked-after/" + id + "/assessment").with(health.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assessedOn\":\"2026-01-21\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("MET"))
                .andExpect(jsonPath("$.lateReason").doesNotExist());
        mvc.perform(get("/api/v1/health/looked-after/" + id).with(health.basic()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.assessedOn").value("2026-01-21"));
        long logged = jdbc.sql("select count(*) from access_log where record_type = 'LOOKED_AFTER_HEALTH' "
                + "and record_id = ? and action = 'READ'").param(id).query(Long.class).single();
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void bad_input_is_refused_with_field_errors_and_stores_nothing() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        long before = rows();
        mvc.perform(post("/api/v1/health/looked-after").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("childId")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("startedOn")));
        mvc.perform(post("/api/v1/health/looked-after").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child() + "\",\"startedOn\":\"2023-02-30\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/health/looked-after").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child() + "\",\"startedOn\":\"2999-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("startedOn")));
        mvc.perform(post("/api/v1/health/looked-after").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"no-such-child\",\"startedOn\":\"2023-01-03\"}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/api/v1/health/looked-after/no-such-episode").with(health.basic()))
                .andExpect(status().isNotFound());
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void board_members_education_partners_and_caseworkers_cannot_read_or_record_assessments() throws Exception {
        for (String role : new String[] {"BOARD_MEMBER", "ADVICE_PROVIDER", "CASEWORKER"}) {
            var user = users.create(role);
            mvc.perform(post("/api/v1/health/looked-after").with(user.basic()).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"childId\":\"" + child() + "\",\"startedOn\":\"2023-01-03\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/health/looked-after").with(user.basic())).andExpect(status().isForbidden());
        }
    }
}
