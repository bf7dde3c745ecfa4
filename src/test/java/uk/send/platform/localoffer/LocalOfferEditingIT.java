package uk.send.platform.localoffer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Editors keep their own organisation's entries; the Local Area approves every change; families comment (reg 56). */
@SendIntegrationTest
class LocalOfferEditingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired DirectoryLoading loading;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    String orgA;
    String orgB;
    String serviceA;
    String serviceB;
    TestUsers.TestUser editorA;
    TestUsers.TestUser officer;

    @BeforeEach
    void two_organisations_each_with_a_service() {
        orgA = UUID.randomUUID().toString();
        orgB = UUID.randomUUID().toString();
        serviceA = UUID.randomUUID().toString();
        serviceB = UUID.randomUUID().toString();
        loading.saveOrganisation(new Organisation(orgA, "Wombat Sports Club", "Sport for disabled children", null, null));
        loading.saveOrganisation(new Organisation(orgB, "Numbat Therapy Trust", "Therapies for children", null, null));
        loading.publish(serviceA, orgA, content("Wombat Wheelchair Basketball"), "test", null);
        loading.publish(serviceB, orgB, content("Numbat Music Therapy"), "test", null);
        editorA = users.create("LOCAL_OFFER_EDITOR");
        loading.addEditor(orgA, editorA.username());
        officer = users.create("LOCAL_OFFER_OFFICER");
    }

    static ServiceContent content(String name) {
        return new ServiceContent(name, "Weekly sessions for children and young people with additional needs.",
                "https://wombat.example.org", "hello@wombat.example.org", "01823 123456", "active", null, true, 5, 18,
                null, null, null, List.of(), List.of(), List.of(), List.of());
    }

    private String change(int base, String name, String email) {
        return "{\"baseVersion\":" + base + ",\"note\":\"New name\",\"service\":{\"name\":\"" + name + "\",\"description\":"
                + "\"Weekly sessions for children and young people with additional needs.\",\"status\":\"active\","
                + "\"email\":\"" + email + "\",\"free\":true,\"minimumAge\":5,\"maximumAge\":18}}";
    }

    private long versions(String serviceId) {
        return jdbc.sql("select count(*) from lo_service_version where service_id = ?").param(serviceId).query(Long.class).single();
    }

    private String publicName(String serviceId) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/oruk/services/" + serviceId)).andReturn().getResponse().getContentAsString())
                .get("name").asString();
    }

    @Test
    void an_editor_of_one_organisation_cannot_change_another_organisations_service_on_the_page_or_the_api() throws Exception {
        long before = versions(serviceB);
        assertThat(mvc.perform(post("/api/v1/local-offer/services/" + serviceB + "/changes").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(1, "Taken over", "a@example.org")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/local-offer/manage/services/" + serviceB + "/edit").with(editorA.signedIn()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/local-offer/manage/services/" + serviceB + "/edit").with(editorA.signedIn()).with(csrf())
                .param("baseVersion", "1").param("name", "Taken over").param("description", "Changed by the wrong editor today")
                .param("status", "active")).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/api/v1/local-offer/organisations/" + orgB + "/services").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(0, "Sneaky new service", "a@example.org")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/local-offer/manage/services/" + serviceB + "/reviewed").with(editorA.signedIn()).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(versions(serviceB)).isEqualTo(before);
        assertThat(publicName(serviceB)).isEqualTo("Numbat Music Therapy");

        // their own organisation's service: allowed on both
        assertThat(mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/changes").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(1, "Wombat Basketball", "a@example.org")))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        var page = mvc.perform(post("/local-offer/manage/services/" + serviceA + "/edit").with(editorA.signedIn()).with(csrf())
                .param("baseVersion", "1").param("name", "Wombat Basketball Club").param("status", "active")
                .param("description", "Weekly sessions for children and young people with additional needs."))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/local-offer/manage/services/" + serviceA);
    }

    @Test
    void a_change_is_published_only_when_approved_and_every_version_is_kept() throws Exception {
        var response = mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/changes").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(1, "Wombat Basketball", "team@wombat.example.org")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        long changeId = JSON.readTree(response.getContentAsString()).get("id").asLong();
        assertThat(publicName(serviceA)).isEqualTo("Wombat Wheelchair Basketball");
        assertThat(mvc.perform(post("/api/v1/local-offer/changes/" + changeId + "/approve").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(mvc.perform(post("/api/v1/local-offer/changes/" + changeId + "/approve").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"Checked\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(publicName(serviceA)).isEqualTo("Wombat Basketball");
        JsonNode history = JSON.readTree(mvc.perform(get("/api/v1/local-offer/services/" + serviceA + "/versions")
                .with(editorA.basic())).andReturn().getResponse().getContentAsString());
        assertThat(history.get("items")).hasSize(2);
        assertThat(history.get("items").get(0).get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(history.get("items").get(1).get("state").asString()).isEqualTo("SUPERSEDED");
        assertThat(history.get("items").get(1).get("content").get("name").asString()).isEqualTo("Wombat Wheelchair Basketball");

        // approving twice is refused; a change made from the old version is stale
        assertThat(mvc.perform(post("/api/v1/local-offer/changes/" + changeId + "/approve").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/changes").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(1, "Old base", "a@example.org")))
                .andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_stores_nothing() throws Exception {
        long before = versions(serviceA);
        var response = mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/changes").with(editorA.basic())
                .contentType(MediaType.APPLICATION_JSON).content(change(1, "", "not-an-email"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("\"field\":\"name\"").contains("\"field\":\"email\"");
        assertThat(versions(serviceA)).isEqualTo(before);
        var page = mvc.perform(post("/local-offer/manage/services/" + serviceA + "/edit").with(editorA.signedIn()).with(csrf())
                .param("baseVersion", "1").param("name", "Wombat").param("status", "active").param("description", "Sessions")
                .param("email", "nope").param("days", "MO").param("opensAt", "17:00").param("closesAt", "09:00"))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("There is a problem")
                .contains("Enter an email address in the correct format").contains("The closing time must be after the opening time");
        assertThat(versions(serviceA)).isEqualTo(before);
    }

    @Test
    void a_rejected_change_needs_a_reason_and_checking_an_entry_moves_its_review_date_a_year_on() throws Exception {
        long changeId = JSON.readTree(mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/changes")
                .with(editorA.basic()).contentType(MediaType.APPLICATION_JSON).content(change(1, "Wombat Hoops", "a@example.org")))
                .andReturn().getResponse().getContentAsString()).get("id").asLong();
        assertThat(mvc.perform(post("/api/v1/local-offer/changes/" + changeId + "/reject").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(post("/api/v1/local-offer/changes/" + changeId + "/reject").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Please keep the word wheelchair\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(publicName(serviceA)).isEqualTo("Wombat Wheelchair Basketball");

        jdbc.sql("update lo_service set review_due = ?, assured_date = ? where id = ?")
                .params(java.sql.Date.valueOf("2020-01-01"), java.sql.Date.valueOf("2019-01-01"), serviceA).update();
        JsonNode overdue = JSON.readTree(mvc.perform(get("/api/v1/local-offer/overdue?size=200").with(officer.basic()))
                .andReturn().getResponse().getContentAsString());
        assertThat(overdue.get("items").findValuesAsString("id")).contains(serviceA);
        JsonNode checked = JSON.readTree(mvc.perform(post("/api/v1/local-offer/services/" + serviceA + "/reviewed")
                .with(editorA.basic())).andReturn().getResponse().getContentAsString());
        java.time.LocalDate due = java.time.LocalDate.parse(checked.get("reviewDue").asString());
        assertThat(due).isAfter(java.time.LocalDate.now().plusMonths(11));
    }

    @Test
    void a_familys_comment_is_published_with_the_local_areas_response_after_moderation() throws Exception {
        var sent = mvc.perform(post("/local-offer/comments/new").with(csrf()).param("service", serviceA)
                .param("body", "The wombat sessions clash with school pick-up.")).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post("/local-offer/comments/new").with(csrf()).param("body", " ")).andReturn().getResponse()
                .getContentAsString()).contains("Enter your comment");
        assertThat(mvc.perform(get("/local-offer/comments")).andReturn().getResponse().getContentAsString())
                .doesNotContain("clash with school pick-up");
        JsonNode queue = JSON.readTree(mvc.perform(get("/api/v1/local-offer/comments?size=200").with(officer.basic()))
                .andReturn().getResponse().getContentAsString());
        JsonNode comment = null;
        for (JsonNode c : queue.get("items")) {
            if (c.get("body").asString().contains("clash with school pick-up")) {
                comment = c;
            }
        }
        assertThat(comment).isNotNull();
        assertThat(comment.get("about").asString()).isEqualTo("Wombat Wheelchair Basketball");
        assertThat(mvc.perform(get("/api/v1/local-offer/comments").with(editorA.basic())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        long id = comment.get("id").asLong();
        assertThat(mvc.perform(post("/api/v1/local-offer/comments/" + id + "/publish").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(post("/api/v1/local-offer/comments/" + id + "/publish").with(officer.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"response\":\"From January there is a later session at 5pm.\"}"))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/local-offer/comments")).andReturn().getResponse().getContentAsString())
                .contains("clash with school pick-up").contains("From January there is a later session at 5pm.");
    }
}
