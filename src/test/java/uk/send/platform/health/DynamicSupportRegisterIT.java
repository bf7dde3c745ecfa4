package uk.send.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
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

/** The Dynamic Support Register over the API and pages, on H2 and PostgreSQL: rules, history, cadence, scoping. */
@SendIntegrationTest
class DynamicSupportRegisterIT {

    private static final String API = "/api/v1/health/dynamic-support-register";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    private String child(String given) {
        return children.registerForDemo(new ChildDetails(given, "Wiveliscombe", "2012-03-04", "M", "WBRI", "TA4 2AA",
                TestData.nhsNumber(), null, null, null, null, null, false, null, null, List.of()));
    }

    private String add(TestUsers.TestUser user, String json, int expected) throws Exception {
        return mvc.perform(post(API).with(user.basic()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
    }

    private long entries() {
        return jdbc.sql("select count(*) from dsr_entries").query(Long.class).single();
    }

    @Test
    void a_health_practitioner_adds_a_child_with_consent_and_the_red_rating_is_reviewed_within_7_days() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String body = add(health, "{\"childId\":\"" + child("Alfie") + "\",\"rating\":\"RED\",\"reason\":\"Placement "
                + "breaking down after two crisis admissions to A&E\",\"consent\":true,\"consentGivenBy\":\"Mother\"}", 201);
        assertThat((String) JsonPath.read(body, "$.rating")).isEqualTo("RED");
        assertThat((String) JsonPath.read(body, "$.lawfulBasis")).isEqualTo("CONSENT");
        LocalDate ratedOn = LocalDate.parse(JsonPath.read(body, "$.ratedOn"));
        assertThat(LocalDate.parse((String) JsonPath.read(body, "$.nextReviewOn"))).isEqualTo(ratedOn.plusDays(7));
        assertThat((String) JsonPath.read(body, "$.reviewRule")).contains("decision 0141");
        assertThat((List<?>) JsonPath.read(body, "$.history")).hasSize(1);
    }

    @Test
    void a_rating_without_consent_or_a_best_interests_decision_is_422_and_stores_nothing() throws Exception {
        var social = users.create("SOCIAL_CARE_PRACTITIONER");
        long before = entries();
        add(social, "{\"childId\":\"" + child("Bea") + "\",\"rating\":\"AMBER\",\"reason\":\"Escalating\",\"consent\":false}", 422);
        add(social, "{\"childId\":\"" + child("Cal") + "\",\"rating\":\"AMBER\",\"reason\":\"Escalating\"}", 422);
        assertThat(entries()).isEqualTo(before);
        String body = add(social, "{\"childId\":\"" + child("Dee") + "\",\"rating\":\"AMBER\",\"reason\":\"Escalating\","
                + "\"consent\":false,\"bestInterestsDecision\":\"Best-interests meeting 3 Nov: lacks capacity; "
                + "mother agrees\"}", 201);
        assertThat((String) JsonPath.read(body, "$.lawfulBasis")).isEqualTo("BEST_INTERESTS");
    }

    @Test
    void bad_ratings_and_missing_reasons_are_400_with_field_errors() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        mvc.perform(post(API).with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child("Eve") + "\",\"rating\":\"PURPLE\",\"consent\":true}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(API).with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + child("Fin") + "\",\"consent\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("rating")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
        String childId = child("Gus");
        add(health, "{\"childId\":\"" + childId + "\",\"rating\":\"GREEN\",\"reason\":\"Stable\",\"consent\":true}", 201);
        add(health, "{\"childId\":\"" + childId + "\",\"rating\":\"GREEN\",\"reason\":\"Again\",\"consent\":true}", 409);
    }

    @Test
    void a_new_rating_keeps_the_history_and_a_review_records_its_actions_and_owners() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String id = JsonPath.read(add(health, "{\"childId\":\"" + child("Hal") + "\",\"rating\":\"GREEN\","
                + "\"reason\":\"Settled at home\",\"consent\":true}", 201), "$.id");
        mvc.perform(post(API + "/" + id + "/ratings").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\":\"AMBER\",\"reason\":\"School exclusion; sleep breaking down\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rating").value("AMBER"))
                .andExpect(jsonPath("$.history.length()").value(2))
                .andExpect(jsonPath("$.history[0].reason").value("School exclusion; sleep breaking down"));
        String today = LocalDate.now().toString();
        mvc.perform(post(API + "/" + id + "/reviews").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + today + "\",\"agencies\":\"CAMHS, social care, school\","
                                + "\"summary\":\"Short breaks to start\",\"actions\":[{\"action\":\"Refer to keyworker "
                                + "service\",\"owner\":\"CAMHS clinician\",\"dueOn\":\"" + today + "\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reviews[0].actions[0].owner").value("CAMHS clinician"))
                .andExpect(jsonPath("$.nextReviewOn").value(LocalDate.now().plusDays(14).toString()));
        mvc.perform(post(API + "/" + id + "/reviews").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"" + today + "\",\"agencies\":\"CAMHS\",\"summary\":\"x\","
                                + "\"actions\":[{\"action\":\"Call\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("actions[0].owner")));
        mvc.perform(post(API + "/" + id + "/cetrs").with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"COMMUNITY\",\"heldOn\":\"" + today + "\",\"recommendations\":\"Intensive support at home\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cetrs[0].type").value("COMMUNITY"));
    }

    @Test
    void board_members_education_partners_and_caseworkers_see_no_register_entry_on_page_or_api() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String id = JsonPath.read(add(health, "{\"childId\":\"" + child("Ivo") + "\",\"rating\":\"RED\","
                + "\"reason\":\"Crisis\",\"consent\":true}", 201), "$.id");
        var board = users.create("BOARD_MEMBER");
        var educationPartner = users.create("ADVICE_PROVIDER", null, "Educational psychology");
        var caseworker = users.create("CASEWORKER");
        for (var outsider : List.of(board, educationPartner, caseworker)) {
            add(outsider, "{\"childId\":\"" + child("Jo") + "\",\"rating\":\"RED\",\"reason\":\"x\",\"consent\":true}", 403);
            mvc.perform(get(API).with(outsider.basic())).andExpect(status().isForbidden());
            mvc.perform(get(API + "/" + id).with(outsider.basic())).andExpect(status().isForbidden());
            mvc.perform(get("/health/register").with(outsider.signedIn()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Wiveliscombe"))));
            mvc.perform(get("/health/register/" + id).with(outsider.signedIn()))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("Wiveliscombe"))));
            mvc.perform(get("/").with(outsider.signedIn()))
                    .andExpect(content().string(not(containsString("Dynamic Support Register"))));
        }
    }

    @Test
    void a_named_agency_reads_the_register_but_cannot_change_it_and_every_read_is_logged() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String id = JsonPath.read(add(health, "{\"childId\":\"" + child("Kit") + "\",\"rating\":\"BLUE\","
                + "\"reason\":\"Admitted to an inpatient unit\",\"consent\":true}", 201), "$.id");
        var partner = users.create("DSR_PARTNER");
        mvc.perform(get(API).with(partner.basic()).param("rating", "BLUE")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
        mvc.perform(get("/health/register/" + id).with(partner.signedIn())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kit Wiveliscombe")));
        mvc.perform(post(API + "/" + id + "/ratings").with(partner.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rating\":\"RED\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        long reads = jdbc.sql("select count(*) from access_log where record_type = 'DSR_ENTRY' and record_id = ? "
                + "and username = ? and action in ('READ', 'LIST_READ')").params(id, partner.username())
                .query(Long.class).single();
        assertThat(reads).isEqualTo(2);
    }
}
