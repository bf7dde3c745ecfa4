package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The plan through the API and its page: flags before issue, versions frozen on issue, changes, PDF. */
@SendIntegrationTest
class PlansTest {

    private static final String DRAFT = """
            {"items": [
              {"section": "A", "text": "Sam likes trains and wants to travel to school on his own"},
              {"section": "B", "text": "Difficulty understanding spoken language"},
              {"section": "B", "text": "Anxiety in busy places"},
              {"section": "E", "text": "Follows two-step instructions", "byDate": "2026-07-31", "serves": ["B1"]},
              {"section": "F", "text": "Access to regular speech and language therapy", "serves": ["B1", "E1"]}
            ]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;
    @Autowired
    UserDetailsService accounts;

    @Test
    void a_plan_is_flagged_before_issue_and_versioned_when_issued() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Sam"), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-10-01");

        mvc.perform(put("/api/v1/cases/" + caseId + "/plan").with(worker.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(DRAFT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(5)))
                .andExpect(jsonPath("$.items[4].key").value("F1"))
                .andExpect(jsonPath("$.flags[*].kind").value(hasItem("UNMET_NEED")))
                .andExpect(jsonPath("$.flags[*].kind").value(hasItem("VAGUE_WORDING")))
                .andExpect(jsonPath("$.flags[*].kind").value(hasItem("NOT_QUANTIFIED")))
                .andExpect(jsonPath("$.flags[?(@.kind=='UNMET_NEED')].itemKey").value(hasItem("B2")));
        mvc.perform(put("/api/v1/cases/" + caseId + "/plan").with(worker.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(DRAFT.replace("{\"items\"", "{\"revision\": 0, \"items\"")))
                .andExpect(status().isConflict());
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-13");

        String fixed = DRAFT.replace("Access to regular speech and language therapy\", ",
                "Speech and language therapy on following instructions\", \"frequency\": \"Weekly\", "
                        + "\"duration\": \"40 minutes, until July 2026\", \"deliveredBy\": \"Speech and language therapist\", ")
                .replace("\"serves\": [\"B1\", \"E1\"]", "\"serves\": [\"B1\", \"B2\", \"E1\"]");
        mvc.perform(put("/api/v1/cases/" + caseId + "/plan").with(worker.basic())
                        .contentType(MediaType.APPLICATION_JSON).content(fixed))
                .andExpect(status().isOk());
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-28");

        mvc.perform(get("/api/v1/cases/" + caseId + "/plan/versions").with(worker.basic()))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].status").value("DRAFT")).andExpect(jsonPath("$[0].issuedOn").value("2025-10-13"))
                .andExpect(jsonPath("$[1].status").value("FINAL"));
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan/changes?from=1&to=2").with(worker.basic()))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].key").value("F1"))
                .andExpect(jsonPath("$[0].kind").value("CHANGED"));

        RequestPostProcessor page = user(accounts.loadUserByUsername(worker.username()));
        mvc.perform(get("/cases/" + caseId + "/plan").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Section F: Special educational provision")))
                .andExpect(content().string(containsString("B2 has no outcome")))
                .andExpect(content().string(containsString("Changes from version 1")));
        mvc.perform(get("/cases/" + caseId + "/plan/compare?from=1&to=2").with(page)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Speech and language therapy on following instructions")));
        byte[] pdf = mvc.perform(get("/cases/" + caseId + "/plan.pdf?version=2").with(page)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        java.nio.file.Files.write(java.nio.file.Path.of("target/ehc-plan.pdf"), pdf);
    }

    @Test
    void an_entry_added_on_the_page_is_checked_and_a_bad_date_is_explained() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        String caseId = new CaseApiClient(mvc, worker.basic()).openCase(CaseApiClient.child(children, "Tia"), "2025-07-14");
        RequestPostProcessor page = user(accounts.loadUserByUsername(worker.username()));
        mvc.perform(post("/cases/" + caseId + "/plan/items").with(page).with(csrf()).param("section", "E")
                        .param("text", "Reads a short book").param("byDateDay", "31").param("byDateMonth", "2")
                        .param("byDateYear", "2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#byDate\"")));
        mvc.perform(post("/cases/" + caseId + "/plan/items").with(page).with(csrf()).param("section", "B")
                        .param("text", "Dyslexia"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/plan").with(page))
                .andExpect(content().string(containsString("Dyslexia")))
                .andExpect(content().string(containsString("B1 has no provision that meets it")));
    }
}
