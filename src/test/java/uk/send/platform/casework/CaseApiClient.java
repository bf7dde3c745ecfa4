package uk.send.platform.casework;

import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.send.platform.children.ChildDetails;
import uk.send.platform.children.Children;

/** Drives the cases API in tests as one signed-in user. */
final class CaseApiClient {

    private final MockMvc mvc;
    private final RequestPostProcessor user;

    CaseApiClient(MockMvc mvc, RequestPostProcessor user) {
        this.mvc = mvc;
        this.user = user;
    }

    static String child(Children children, String name) {
        return children.registerForDemo(new ChildDetails(name, "Tester", "2016-03-02", "F", null, null, null, null,
                null, null, null, "MAINSTREAM_LA_MAINTAINED", false, null, null, null));
    }

    ResultActions open(String childId, String receivedOn, String source) throws Exception {
        return mvc.perform(post("/api/v1/cases").with(user).contentType(MediaType.APPLICATION_JSON)
                .content(json(Map.of("childId", childId, "requestReceivedOn", receivedOn, "requestSource", source))));
    }

    String openCase(String childId, String receivedOn) throws Exception {
        String body = open(childId, receivedOn, "PARENT_OR_YOUNG_PERSON").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    /** A case for a new child whose final plan was issued on Mon 3 Mar 2025, 19 weeks after the request. */
    String planIssuedOn3March2025(Children children, String name) throws Exception {
        String caseId = openCase(child(children, name), "2024-10-21");
        recorded(caseId, "DECIDED_TO_ASSESS", "2024-11-25");
        recorded(caseId, "DECIDED_TO_ISSUE", "2025-01-13");
        recorded(caseId, "DRAFT_PLAN_ISSUED", "2025-01-27");
        recorded(caseId, "FINAL_PLAN_ISSUED", "2025-03-03");
        return caseId;
    }

    /** Posts an event; fields are name, value pairs after the type and date. */
    ResultActions event(String caseId, String type, String on, Object... fields) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("on", on);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return mvc.perform(post("/api/v1/cases/" + caseId + "/events").with(user)
                .contentType(MediaType.APPLICATION_JSON).content(json(body)));
    }

    String recorded(String caseId, String type, String on, Object... fields) throws Exception {
        return event(caseId, type, on, fields).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
    }

    ResultActions get(String caseId) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases/" + caseId).with(user));
    }

    ResultActions list(String query) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/cases?" + query).with(user));
    }

    static String json(Map<String, ?> values) {
        return values.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number ? e.getValue()
                        : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",", "{", "}"));
    }
}
