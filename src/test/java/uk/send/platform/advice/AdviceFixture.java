package uk.send.platform.advice;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.TestData;
import uk.send.platform.support.TestUsers;

/**
 * Builds advice requests the way they arise: a caseworker opens a case and asks a service for advice through the
 * cases API; the advice module picks the request up from casework's event.
 */
public final class AdviceFixture {

    public record Request(String caseId, String adviceId, String childId, String requestId) {
    }

    private final MockMvc mvc;
    private final Children children;
    private final JdbcClient jdbc;
    public final TestUsers.TestUser caseworker;

    public AdviceFixture(MockMvc mvc, TestUsers users, Children children, JdbcClient jdbc) {
        this.mvc = mvc;
        this.children = children;
        this.jdbc = jdbc;
        this.caseworker = users.create("CASEWORKER");
    }

    /** A case whose request arrived ten days before the advice was asked for, and the advice request itself. */
    public Request adviceRequested(String service, String recipient, LocalDate requestedOn) throws Exception {
        String childId = child("Amelia");
        String caseId = openCase(childId, requestedOn.minusDays(10));
        event(caseId, "DECIDED_TO_ASSESS", requestedOn.minusDays(2)).andExpect(status().isCreated());
        return ask(caseId, childId, service, recipient, requestedOn);
    }

    public Request ask(String caseId, String childId, String service, String recipient, LocalDate on) throws Exception {
        String body = event(caseId, "ADVICE_REQUESTED", on, "service", service, "recipient", recipient)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String adviceId = JsonPath.read(body, "$.adviceId");
        return new Request(caseId, adviceId, childId, requestId(caseId, adviceId));
    }

    String requestId(String caseId, String adviceId) {
        return jdbc.sql("select id from advice_requests where case_id = ? and advice_id = ?").params(caseId, adviceId)
                .query(String.class).single();
    }

    public String child(String givenName) {
        return children.registerForDemo(new ChildDetails(givenName, "Fixture", "2016-03-02", "F", null, null,
                TestData.nhsNumber(), null, null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null, null));
    }

    public String openCase(String childId, LocalDate receivedOn) throws Exception {
        String body = mvc.perform(post("/api/v1/cases").with(caseworker.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content(json(Map.of("childId", childId, "requestReceivedOn", receivedOn.toString(),
                                "requestSource", "PARENT_OR_YOUNG_PERSON"))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    public ResultActions event(String caseId, String type, LocalDate on, String... fields) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("on", on.toString());
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] != null) {
                body.put(fields[i], fields[i + 1]);
            }
        }
        return mvc.perform(post("/api/v1/cases/" + caseId + "/events").with(caseworker.basic())
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    /** A complete health advice submission, as JSON. */
    public static String healthAdvice(String lateReason) {
        return "{\"answers\":{\"author\":\"Dr A Patel, Community Paediatrician\",\"sources\":\"Seen in clinic\","
                + "\"diagnoses\":\"Autism, diagnosed 2022\",\"needs\":\"Needs a quiet space\","
                + "\"outcomes\":\"By the end of key stage 2, asks for help\"},"
                + "\"provision\":{\"provision\":[{\"what\":\"Sensory circuit\",\"frequency\":\"Daily, 15 minutes\","
                + "\"who\":\"Teaching assistant trained by OT\"}]}"
                + (lateReason == null ? "" : ",\"lateReason\":\"" + lateReason + "\"") + "}";
    }

    static String json(Map<String, ?> values) {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number ? e.getValue()
                        : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
