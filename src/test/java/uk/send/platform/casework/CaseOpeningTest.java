package uk.send.platform.casework;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** A request dated before the SEND Regulations 2014 came into force is refused with the field named, not a 500. */
@SendIntegrationTest
class CaseOpeningTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;

    @Test
    void a_request_before_september_2014_is_refused_with_the_field_named() throws Exception {
        CaseApiClient api = new CaseApiClient(mvc, users.create("CASEWORKER").basic());
        api.open(CaseApiClient.child(children, "Ruth"), "2012-01-09", "SETTING")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("requestReceivedOn"));
        api.open(CaseApiClient.child(children, "Rosa"), "2014-09-01", "SETTING").andExpect(status().isCreated());
    }
}
