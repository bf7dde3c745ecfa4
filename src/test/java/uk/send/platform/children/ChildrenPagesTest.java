package uk.send.platform.children;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

@SendIntegrationTest
class ChildrenPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void adding_a_child_with_mistakes_shows_an_error_summary_and_stores_nothing() throws Exception {
        var caseworker = users.create("CASEWORKER");
        mvc.perform(post("/children/new").with(caseworker.signedIn()).with(csrf())
                        .param("givenName", "").param("familyName", "Stone")
                        .param("dateOfBirthDay", "30").param("dateOfBirthMonth", "2").param("dateOfBirthYear", "2016")
                        .param("sex", "F").param("nhsNumber", "943 476 5918"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#givenName\"")))
                .andExpect(content().string(containsString("href=\"#dateOfBirth\"")))
                .andExpect(content().string(containsString("Enter a valid NHS number")));
    }

    @Test
    void a_caseworker_adds_a_child_then_finds_them_by_name_and_by_nhs_number() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String nhs = TestData.nhsNumber();
        mvc.perform(post("/children/new").with(caseworker.signedIn()).with(csrf())
                        .param("givenName", "Poppy").param("familyName", "Quill")
                        .param("dateOfBirthDay", "2").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "2016")
                        .param("sex", "F").param("nhsNumber", nhs).param("ethnicity", "WBRI")
                        .param("contactName", "Rose Quill").param("contactRelationship", "MOTHER"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/children/*"));
        mvc.perform(get("/children").param("name", "pop qui").with(caseworker.signedIn()))
                .andExpect(content().string(containsString("Quill, Poppy")));
        mvc.perform(get("/children").param("nhsNumber", TestData.spaced(nhs)).with(caseworker.signedIn()))
                .andExpect(content().string(containsString("1 child found")));
    }

    @Test
    void adding_a_child_already_on_the_register_offers_the_existing_record() throws Exception {
        var caseworker = users.create("CASEWORKER");
        String nhs = TestData.nhsNumber();
        for (int i = 0; i < 2; i++) {
            var result = mvc.perform(post("/children/new").with(caseworker.signedIn()).with(csrf())
                    .param("givenName", "Sam").param("familyName", "Twin")
                    .param("dateOfBirthDay", "2").param("dateOfBirthMonth", "3").param("dateOfBirthYear", "2016")
                    .param("sex", "M").param("nhsNumber", nhs));
            if (i == 1) {
                result.andExpect(status().isOk())
                        .andExpect(content().string(containsString("View the existing record")));
            }
        }
    }
}
