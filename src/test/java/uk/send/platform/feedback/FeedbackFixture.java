package uk.send.platform.feedback;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.children.Contact;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

/** Cases the way they arise: a caseworker opens one through the cases API and records events on it. */
final class FeedbackFixture {

    private final MockMvc mvc;
    private final Children children;
    final TestUsers.TestUser caseworker;

    FeedbackFixture(MockMvc mvc, TestUsers users, Children children) {
        this.mvc = mvc;
        this.children = children;
        this.caseworker = users.create("CASEWORKER");
    }

    /** A child whose mother's email is on the register (null: no contact at all). */
    String child(String givenName, String email) {
        List<Contact> contacts = email == null ? List.of()
                : List.of(new Contact("Jo " + givenName + "-Parent", "MOTHER", null, email, null, true));
        return children.registerForDemo(new ChildDetails(givenName, "Exmoor", "2016-03-02", "F", null, null,
                TestData.nhsNumber(), null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null, contacts));
    }

    String openCase(String childId, LocalDate receivedOn) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(caseworker.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"childId\":\"" + childId + "\",\"requestReceivedOn\":\"" + receivedOn
                                + "\",\"requestSource\":\"PARENT_OR_YOUNG_PERSON\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    ResultActions event(String caseId, String type, LocalDate on) throws Exception {
        return mvc.perform(post("/api/v1/cases/" + caseId + "/events").with(caseworker.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"" + type + "\",\"on\":\"" + on + "\"}"));
    }

    /** Invites by hand through the contract's API; returns the response body. */
    ResultActions invite(String caseId, String survey) throws Exception {
        return mvc.perform(post("/api/v1/feedback/invitations").with(caseworker.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseId\":\"" + caseId + "\",\"survey\":\"" + survey + "\"}"));
    }

    /** The path of a link the API returned (/feedback/{token}). */
    static String path(String link) {
        return link.substring(link.indexOf("/feedback/"));
    }

    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
