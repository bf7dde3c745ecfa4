package uk.send.platform.health;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The missed or late health notifications log with its themes, on H2 and PostgreSQL. */
@SendIntegrationTest
class HealthNotificationsIT {

    private static final String API = "/api/v1/health/notifications";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void missed_and_late_notifications_are_counted_by_theme() throws Exception {
        var social = users.create("SOCIAL_CARE_PRACTITIONER");
        String due = LocalDate.now().minusDays(20).toString();
        String arrived = LocalDate.now().minusDays(5).toString();
        mvc.perform(post(API).with(social.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"theme\":\"DISCHARGE_NOT_SHARED\",\"fromService\":\"Acute trust\",\"toService\":"
                                + "\"Community paediatrics\",\"dueOn\":\"" + due + "\",\"description\":\"Discharge "
                                + "summary never sent\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("MISSED"));
        mvc.perform(post(API).with(social.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"theme\":\"DISCHARGE_NOT_SHARED\",\"fromService\":\"Acute trust\",\"toService\":"
                                + "\"CAMHS\",\"dueOn\":\"" + due + "\",\"receivedOn\":\"" + arrived + "\","
                                + "\"description\":\"Sent two weeks late\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("LATE"));
        mvc.perform(get(API + "/themes").with(social.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.theme == 'DISCHARGE_NOT_SHARED')].missed", hasItem(1)))
                .andExpect(jsonPath("$[?(@.theme == 'DISCHARGE_NOT_SHARED')].late", hasItem(1)));
    }

    @Test
    void bad_entries_are_refused_with_field_errors_and_outsiders_get_403() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String due = LocalDate.now().minusDays(3).toString();
        mvc.perform(post(API).with(health.basic()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dueOn\":\"" + due + "\",\"receivedOn\":\"" + due + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("theme")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("fromService")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("receivedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("description")));
        mvc.perform(get(API).with(users.create("BOARD_MEMBER").basic())).andExpect(status().isForbidden());
    }
}
