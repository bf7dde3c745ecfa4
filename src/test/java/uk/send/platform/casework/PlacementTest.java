package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Section I names the setting by URN or by type: on the plan page, in the API, in issued versions and the PDF. */
@SendIntegrationTest
class PlacementTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired UserDetailsService accounts;

    TestUsers.TestUser worker;
    CaseApiClient api;
    String caseId;

    @BeforeEach
    void aCaseDecidedToIssue() throws Exception {
        worker = users.create("CASEWORKER");
        api = new CaseApiClient(mvc, worker.basic());
        caseId = api.openCase(CaseApiClient.child(children, "Uma"), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-10-01");
    }

    private org.springframework.test.web.servlet.ResultActions place(String body) throws Exception {
        return mvc.perform(put("/api/v1/cases/" + caseId + "/plan/placement").with(worker.basic())
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void a_school_named_by_urn_is_kept_in_the_final_plan_and_printed_on_its_pdf() throws Exception {
        place("{\"urn\": \" 123456 \", \"settingType\": \"mainstream_academy\", \"settingName\": \"Hill Top Academy\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.placement.urn").value("123456"))
                .andExpect(jsonPath("$.placement.settingType").value("MAINSTREAM_ACADEMY"))
                .andExpect(jsonPath("$.revision").value(1));
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-13");
        place("{\"urn\": \"123456\", \"settingType\": \"MAINSTREAM_ACADEMY\", \"settingName\": \"Hill Top Academy\"}")
                .andExpect(status().isOk());
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-28");
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan/changes?from=1&to=2").with(worker.basic()))
                .andExpect(jsonPath("$").isEmpty());

        mvc.perform(get("/api/v1/cases/" + caseId + "/plan/versions/2").with(worker.basic()))
                .andExpect(jsonPath("$.status").value("FINAL"))
                .andExpect(jsonPath("$.placement.urn").value("123456"));
        RequestPostProcessor page = user(accounts.loadUserByUsername(worker.username()));
        mvc.perform(get("/cases/" + caseId + "/plan/versions/2").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Hill Top Academy (URN 123456), Mainstream academy or free school")));
        byte[] pdf = mvc.perform(get("/cases/" + caseId + "/plan.pdf?version=2").with(page))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Named setting: Hill Top Academy (URN 123456), Mainstream academy or free school");
        }
    }

    @Test
    void a_setting_type_alone_is_enough_and_a_change_of_setting_shows_between_versions() throws Exception {
        place("{\"settingType\": \"SPECIAL_LA_MAINTAINED\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.placement.urn").isEmpty())
                .andExpect(jsonPath("$.placement.settingType").value("SPECIAL_LA_MAINTAINED"));
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-13");
        place("{\"urn\": \"654321\", \"settingType\": \"SPECIAL_ACADEMY\"}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan/changes?from=1&to=0").with(worker.basic()))
                .andExpect(jsonPath("$[0].key").value("I-setting"))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"))
                .andExpect(jsonPath("$[0].after.text").value("Named setting: URN 654321, Special academy or free school"));
    }

    @Test
    void a_bad_urn_or_unknown_type_is_a_400_on_its_field_and_nothing_is_stored() throws Exception {
        place("{\"urn\": \"012345\", \"settingType\": \"CASTLE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("urn"))
                .andExpect(jsonPath("$.errors[1].field").value("settingType"));
        place("{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("urn"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan").with(worker.basic()))
                .andExpect(jsonPath("$.placement").isEmpty()).andExpect(jsonPath("$.revision").value(0));
    }

    @Test
    void a_bad_urn_on_the_plan_page_shows_the_error_summary_and_the_field_message() throws Exception {
        RequestPostProcessor page = user(accounts.loadUserByUsername(worker.username()));
        mvc.perform(post("/cases/" + caseId + "/plan/placement").with(page).with(csrf()).param("urn", "12345")
                        .param("settingType", "").param("revision", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#urn\"")))
                .andExpect(content().string(containsString("govuk-input--error")))
                .andExpect(content().string(containsString("value=\"12345\"")));
        mvc.perform(post("/cases/" + caseId + "/plan/placement").with(page).with(csrf()).param("urn", "123456")
                        .param("settingType", "MAINSTREAM_LA_MAINTAINED").param("settingName", "Brook Primary")
                        .param("revision", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/plan").with(page))
                .andExpect(content().string(containsString("Brook Primary (URN 123456), Mainstream school, LA maintained")));
    }
}
