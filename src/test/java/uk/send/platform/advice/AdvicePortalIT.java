package uk.send.platform.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Advice providers answer the requests addressed to their service, and only those; runs on H2 and PostgreSQL. */
@SendIntegrationTest
class AdvicePortalIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired JdbcClient jdbc;

    AdviceFixture fixture;
    TestUsers.TestUser paediatrician;
    TestUsers.TestUser psychologist;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @BeforeEach
    void setUp() {
        fixture = new AdviceFixture(mvc, users, children, jdbc);
        paediatrician = users.create("ADVICE_PROVIDER", null, "Community paediatrics");
        psychologist = users.create("ADVICE_PROVIDER", null, "Educational psychology");
    }

    @Test
    void a_paediatrician_drafts_and_submits_health_advice_and_the_case_records_it_as_received() throws Exception {
        var request = fixture.adviceRequested("HEALTH", null, today.minusDays(14));

        mvc.perform(get("/api/v1/advice/requests").with(paediatrician.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id").value(hasItem(request.requestId())))
                .andExpect(jsonPath("$.items[?(@.id=='" + request.requestId() + "')].dueOn")
                        .value(hasItem(today.plusDays(28).toString())))
                .andExpect(jsonPath("$.items[?(@.id=='" + request.requestId() + "')].child.name")
                        .value(hasItem("Amelia Fixture")));

        mvc.perform(put("/api/v1/advice/requests/" + request.requestId() + "/draft").with(paediatrician.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"author\":\"Dr A Patel\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.assignedTo").value(paediatrician.username()))
                .andExpect(jsonPath("$.response.status").value("DRAFT"))
                .andExpect(jsonPath("$.response.formCode").value("health-appendix-c"));

        mvc.perform(post("/api/v1/advice/requests/" + request.requestId() + "/submission").with(paediatrician.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"author\":\"Dr A Patel\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("q-needs")));
        assertThat(statusOf(request)).isEqualTo("IN_PROGRESS");

        mvc.perform(post("/api/v1/advice/requests/" + request.requestId() + "/submission").with(paediatrician.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RETURNED"))
                .andExpect(jsonPath("$.receivedOn").value(today.toString()))
                .andExpect(jsonPath("$.response.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.response.provision.provision[0].who").value("Teaching assistant trained by OT"));

        mvc.perform(get("/api/v1/cases/" + request.caseId()).with(fixture.caseworker.basic()))
                .andExpect(jsonPath("$.deadlines[?(@.key=='advice:" + request.adviceId() + "')].status")
                        .value(hasItem("MET")));

        mvc.perform(get("/advice/cases/" + request.caseId() + "/advice/" + request.adviceId())
                        .with(fixture.caseworker.signedIn()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/advice/requests/" + request.requestId()).with(fixture.caseworker.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Submitted advice")))
                .andExpect(content().string(containsString("Sensory circuit")))
                .andExpect(content().string(not(containsString("Accept this request"))));
    }

    @Test
    void a_provider_of_another_service_cannot_see_or_act_on_the_request_nor_reach_the_case() throws Exception {
        var request = fixture.adviceRequested("HEALTH", "Community paediatrics", today.minusDays(3));
        String id = request.requestId();

        mvc.perform(get("/api/v1/advice/requests").with(psychologist.basic()))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
        mvc.perform(get("/advice").with(psychologist.signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(id))));
        mvc.perform(get("/api/v1/advice/requests/" + id).with(psychologist.basic())).andExpect(status().isNotFound());
        mvc.perform(get("/advice/requests/" + id).with(psychologist.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/advice/requests/" + id + "/form").with(psychologist.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/advice/cases/" + request.caseId() + "/advice/" + request.adviceId())
                .with(psychologist.signedIn())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/advice/cases/" + request.caseId() + "/advice/" + request.adviceId())
                .with(psychologist.basic())).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/advice/requests/" + id + "/acceptance").with(psychologist.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/advice/requests/" + id + "/assignment").with(psychologist.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{\"assignee\":\"" + psychologist.username() + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/advice/requests/" + id + "/draft").with(psychologist.basic())
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/advice/requests/" + id + "/submission").with(psychologist.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/advice/requests/" + id + "/attachments")
                        .file(new MockMultipartFile("file", "a.pdf", "application/pdf", PDF)).with(psychologist.basic()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/advice/requests/" + id + "/form").with(psychologist.signedIn())
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("action", "submit")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/cases/" + request.caseId()).with(paediatrician.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cases").with(paediatrician.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/children/" + request.childId()).with(paediatrician.basic())).andExpect(status().isForbidden());
        mvc.perform(get("/children/" + request.childId()).with(paediatrician.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/cases/" + request.caseId()).with(paediatrician.signedIn()))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 404));
        assertThat(statusOf(request)).isEqualTo("NEW");
    }

    @Test
    void attachments_must_be_pdfs_under_ten_megabytes_and_bad_ones_change_nothing() throws Exception {
        var request = fixture.adviceRequested("HEALTH", null, today.minusDays(3));
        String url = "/api/v1/advice/requests/" + request.requestId() + "/attachments";

        mvc.perform(multipart(url).file(new MockMultipartFile("file", "letter.docx", "application/msword",
                        "not a pdf".getBytes())).with(paediatrician.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The selected file must be a PDF"));
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "fake.pdf", "application/pdf",
                        "MZ not really a pdf".getBytes())).with(paediatrician.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("is not a PDF")));
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        mvc.perform(multipart(url).file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .with(paediatrician.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The file must be smaller than 10 MB"));
        assertThat(attachments(request)).isZero();

        String location = mvc.perform(multipart(url).file(new MockMultipartFile("file", "../clinic letter.pdf",
                        "application/pdf", PDF)).with(paediatrician.basic()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fileName").value("clinic letter.pdf"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(paediatrician.basic()))
                .andExpect(status().isOk()).andExpect(content().bytes(PDF));
        mvc.perform(get(location).with(psychologist.basic())).andExpect(status().isNotFound());
        mvc.perform(get(location).with(fixture.caseworker.basic())).andExpect(status().isOk());
        mvc.perform(delete(location).with(paediatrician.basic())).andExpect(status().isNoContent());
        assertThat(attachments(request)).isZero();
    }

    @Test
    void a_second_submission_and_a_submission_after_withdrawal_are_refused_and_change_nothing() throws Exception {
        var request = fixture.adviceRequested("HEALTH", null, today.minusDays(50));
        String submit = "/api/v1/advice/requests/" + request.requestId() + "/submission";

        mvc.perform(post(submit).with(paediatrician.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("lateReason")));
        mvc.perform(post(submit).with(paediatrician.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(AdviceFixture.healthAdvice("MISSED_APPOINTMENT")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.lateReason").value("MISSED_APPOINTMENT"));
        mvc.perform(post(submit).with(paediatrician.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(AdviceFixture.healthAdvice("NONE")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("already returned")));
        assertThat(jdbc.sql("select late_reason from advice_requests where id = ?").param(request.requestId())
                .query(String.class).single()).isEqualTo("MISSED_APPOINTMENT");

        var withdrawn = fixture.adviceRequested("HEALTH", "Speech and language therapy", today.minusDays(5));
        var therapist = users.create("ADVICE_PROVIDER", null, "Speech and language therapy");
        fixture.event(withdrawn.caseId(), "WITHDRAWN", today.minusDays(1)).andExpect(status().isCreated());
        assertThat(statusOf(withdrawn)).isEqualTo("WITHDRAWN");
        mvc.perform(post("/api/v1/advice/requests/" + withdrawn.requestId() + "/submission").with(therapist.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(containsString("withdrawn")));
        mvc.perform(put("/api/v1/advice/requests/" + withdrawn.requestId() + "/draft").with(therapist.basic())
                .contentType(MediaType.APPLICATION_JSON).content(AdviceFixture.healthAdvice(null)))
                .andExpect(status().isUnprocessableEntity());
        assertThat(jdbc.sql("select count(*) from advice_responses where request_id = ?").param(withdrawn.requestId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_case_event_that_is_refused_leaves_no_advice_request() throws Exception {
        String childId = fixture.child("Rowan");
        String caseId = fixture.openCase(childId, today.minusDays(20));
        fixture.event(caseId, "ADVICE_REQUESTED", today.minusDays(30), "service", "HEALTH")
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(409, 422));
        assertThat(jdbc.sql("select count(*) from advice_requests where case_id = ?").param(caseId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void administrators_add_a_partner_service_and_requests_naming_it_are_routed_to_it() throws Exception {
        mvc.perform(put("/api/v1/advice/services/hillside-school").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hillside Primary School\",\"kind\":\"EDUCATION\",\"contactEmail\":\"senco@hillside.example\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("hillside-school"))
                .andExpect(jsonPath("$.active").value(true));
        mvc.perform(put("/api/v1/advice/services/hillside-school").with(TestUsers.admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Hillside Primary School\",\"kind\":\"SCHOOLING\",\"contactEmail\":\"not an email\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("kind", "contactEmail")));
        mvc.perform(put("/api/v1/advice/services/hillside-school").with(paediatrician.basic())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Mine\",\"kind\":\"HEALTH\"}"))
                .andExpect(status().isForbidden());

        var senco = users.create("ADVICE_PROVIDER", null, "Hillside Primary School");
        var request = fixture.adviceRequested("EDUCATION", "hillside-school", today.minusDays(3));
        mvc.perform(get("/api/v1/advice/requests/" + request.requestId()).with(senco.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service.name").value("Hillside Primary School"))
                .andExpect(jsonPath("$.kind").value("EDUCATION"));
        mvc.perform(get("/advice/services").with(users.adminSignedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hillside Primary School")));
    }

    private String statusOf(AdviceFixture.Request request) {
        return jdbc.sql("select status from advice_requests where id = ?").param(request.requestId())
                .query(String.class).single();
    }

    private long attachments(AdviceFixture.Request request) {
        return jdbc.sql("select count(*) from advice_attachments where request_id = ?").param(request.requestId())
                .query(Long.class).single();
    }
}
