package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** Decision letters as PDF carry the decision, its reasons and the appeal and mediation dates. */
@SendIntegrationTest
class LettersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Children children;
    @Autowired
    UserDetailsService accounts;

    @Test
    void a_decision_not_to_assess_letter_carries_the_appeal_and_mediation_dates() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Olive"), "2025-07-14");
        api.recorded(caseId, "DECIDED_NOT_TO_ASSESS", "2025-08-20", "reasons",
                "Needs can be met from the school's resources with SEN support");
        api.recorded(caseId, "NOTICE_SENT", "2025-08-20", "notice", "DECISION_NOT_TO_ASSESS", "method", "EMAIL",
                "recipient", "Mother");

        byte[] pdf = mvc.perform(get("/api/v1/cases/" + caseId + "/letters/DECISION_NOT_TO_ASSESS").with(worker.basic()))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Decision not to assess: Olive Tester")
                .contains("Needs can be met from the school's resources")
                .contains("by 20 October 2025")
                .contains("SEND Regulations 2014 reg 33")
                .contains("First-tier Tribunal");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/decision-not-to-assess.pdf"), pdf);

        mvc.perform(get("/cases/" + caseId).with(user(accounts.loadUserByUsername(worker.username()))))
                .andExpect(content().string(containsString("Decision not to assess letter (PDF)")))
                .andExpect(content().string(containsString("Email to Mother")));
    }

    @Test
    void a_final_plan_letter_gives_the_review_date_and_no_letter_exists_for_a_decision_not_made() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Pia"), "2025-07-14");
        mvc.perform(get("/api/v1/cases/" + caseId + "/letters/FINAL_PLAN").with(worker.basic()))
                .andExpect(status().isNotFound());
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        api.recorded(caseId, "DECIDED_TO_ISSUE", "2025-10-01");
        api.recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-10-13");
        api.recorded(caseId, "FINAL_PLAN_ISSUED", "2025-11-28");
        byte[] pdf = mvc.perform(get("/cases/" + caseId + "/letters/FINAL_PLAN.pdf")
                        .with(user(accounts.loadUserByUsername(worker.username()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("by 27 November 2026").contains("section B").contains("by 28 January 2026");
        byte[] draft = mvc.perform(get("/api/v1/cases/" + caseId + "/letters/DRAFT_PLAN").with(worker.basic()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(draft)).contains("until 27 October 2025");
    }

    @Test
    void decisions_not_to_amend_and_not_to_re_assess_have_letters_with_appeal_rights() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.planIssuedOn3March2025(children, "Quinn");
        api.recorded(caseId, "REASSESSMENT_REQUESTED", "2025-09-01");
        api.recorded(caseId, "DECIDED_NOT_TO_REASSESS", "2025-09-12", "reasons", "Needs have not changed since March");
        api.recorded(caseId, "REVIEW_MEETING_HELD", "2026-02-20");
        api.recorded(caseId, "REVIEW_DECISION_MADE", "2026-03-06", "outcome", "AMEND");
        api.recorded(caseId, "AMENDMENTS_PROPOSED", "2026-03-06");
        api.recorded(caseId, "DECIDED_NOT_TO_AMEND", "2026-04-10", "reasons", "The representations");

        byte[] reassess = mvc.perform(get("/api/v1/cases/" + caseId + "/letters/DECISION_NOT_TO_REASSESS")
                .with(worker.basic())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(reassess)).contains("re-assessment is not necessary").contains("reg 25(1)")
                .contains("Needs have not changed since March").contains("by 12 November 2025");
        byte[] amend = mvc.perform(get("/api/v1/cases/" + caseId + "/letters/DECISION_NOT_TO_AMEND")
                .with(worker.basic())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(text(amend)).contains("decided not to amend").contains("reg 22(4)").contains("by 10 June 2026")
                .contains("First-tier Tribunal");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
