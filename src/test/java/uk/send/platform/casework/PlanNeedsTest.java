package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/**
 * The SEN2 needs a plan names (section B): a primary and a secondary need on the final plan, changed by an amended
 * plan, shown on the case and plan pages; NSA, a secondary need like the primary, or a secondary need with no
 * primary are refused with the field named and nothing stored.
 */
@SendIntegrationTest
class PlanNeedsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void a_final_plan_names_its_needs_and_bad_codes_are_refused_with_the_field_named() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = draftIssued(api, "Nell");
        long events = events(caseId);

        api.event(caseId, "FINAL_PLAN_ISSUED", "2025-11-24", "primaryNeed", "NSA")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("primaryNeed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("School Census")));
        api.event(caseId, "FINAL_PLAN_ISSUED", "2025-11-24", "primaryNeed", "ASD", "secondaryNeed", "ASD")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("secondaryNeed"));
        api.event(caseId, "FINAL_PLAN_ISSUED", "2025-11-24", "secondaryNeed", "SLCN")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("secondaryNeed"));
        assertThat(events(caseId)).isEqualTo(events);

        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-24", "primaryNeed", "ASD", "secondaryNeed", "SLCN");
        mvc.perform(get("/api/v1/cases/" + caseId).with(worker.basic())).andExpect(status().isOk())
                .andExpect(jsonPath("$.primaryNeed").value("ASD"))
                .andExpect(jsonPath("$.secondaryNeed").value("SLCN"));
        mvc.perform(get("/cases/" + caseId).with(signedIn(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Autistic spectrum disorder (ASD)")))
                .andExpect(content().string(containsString("Speech, language and communication needs (SLCN)")));
        mvc.perform(get("/cases/" + caseId + "/plan").with(signedIn(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plan-needs\"")))
                .andExpect(content().string(containsString("Autistic spectrum disorder (ASD)")));
    }

    @Test
    void the_amended_plan_form_offers_the_needs_and_changes_them() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = draftIssued(api, "Opal");
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-24", "primaryNeed", "ASD", "secondaryNeed", "SLCN");
        api.recorded(caseId, "AMENDMENTS_PROPOSED", "2026-06-01");

        String form = "/cases/" + caseId + "/record/AMENDED_PLAN_ISSUED";
        mvc.perform(get(form).with(signedIn(worker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<select class=\"govuk-select\" id=\"primaryNeed\"")))
                .andExpect(content().string(containsString("Social, emotional and mental health (SEMH)")))
                .andExpect(content().string(containsString("Primary need, if the amended plan changes it")))
                .andExpect(content().string(not(containsString("id=\"primaryNeedDay\""))))
                .andExpect(content().string(not(containsString("id=\"primaryNeed-0\""))));
        mvc.perform(post(form).with(signedIn(worker)).with(csrf()).param("onDay", "20").param("onMonth", "7")
                        .param("onYear", "2026").param("secondaryNeed", "ASD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#secondaryNeed\"")))
                .andExpect(content().string(containsString("The secondary need must differ from the primary need")));
        mvc.perform(post(form).with(signedIn(worker)).with(csrf()).param("onDay", "20").param("onMonth", "7")
                        .param("onYear", "2026").param("primaryNeed", "SEMH").param("secondaryNeed", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId));
        mvc.perform(get("/api/v1/cases/" + caseId).with(worker.basic()))
                .andExpect(jsonPath("$.primaryNeed").value("SEMH"))
                .andExpect(jsonPath("$.secondaryNeed").doesNotExist());
    }

    private String draftIssued(CaseApiClient api, String name) throws Exception {
        String caseId = api.openCase(CaseApiClient.child(children, name), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-10-20");
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-27");
        return caseId;
    }

    private long events(String caseId) {
        return jdbc.sql("select count(*) from case_events where case_id = ?").param(caseId).query(Long.class).single();
    }

    private RequestPostProcessor signedIn(TestUsers.TestUser worker) {
        return user(accounts.loadUserByUsername(worker.username()));
    }
}
