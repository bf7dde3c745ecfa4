package uk.send.platform.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** The CSV import of GP practices' annual health check counts, and uptake, on H2 and PostgreSQL. */
@SendIntegrationTest
class AnnualHealthChecksIT {

    private static final String API = "/api/v1/health/annual-health-checks";
    private static final String HEADER = "practice_code,practice_name,month,register_14_plus,checks_completed\n";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private long rows() {
        return jdbc.sql("select count(*) from ahc_practice_months").query(Long.class).single();
    }

    @Test
    void a_malformed_file_is_refused_on_the_api_and_the_page_naming_each_bad_row_and_changes_nothing() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        long before = rows();
        String csv = HEADER
                + "L85001,Taunton Vale Surgery,2025-04,40,10\n"
                + "X1,Bad Code Surgery,2025-04,40,10\n"
                + "L85002,Wellington Medical Centre,2025-13,40,10\n"
                + "L85003,Minehead Health Centre,2025-05,12,30\n"
                + "L85001,Taunton Vale Surgery,2025-04,41,11\n";
        mvc.perform(post(API + "/imports").with(health.basic()).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 3")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 4")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 5")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("row 6")))
                .andExpect(jsonPath("$.errors.length()").value(4));
        mvc.perform(multipart("/health/annual-health-checks").file(new MockMultipartFile("file", "ahc.csv", "text/csv",
                        csv.getBytes())).with(health.signedIn()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nothing has changed")))
                .andExpect(content().string(containsString("Row 3: practice code &#39;X1&#39;")))
                .andExpect(content().string(containsString("Row 6: practice L85001 already has a row for 2025-04")));
        mvc.perform(post(API + "/imports").with(health.basic()).contentType("text/csv").content("nonsense,columns\n1,2\n"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_good_file_is_imported_whole_and_uptake_is_checks_over_the_latest_register() throws Exception {
        var health = users.create("HEALTH_PRACTITIONER");
        String csv = HEADER
                + "M85001,Quantock Surgery,2024-04,50,5\n"
                + "M85001,Quantock Surgery,2024-05,60,7\n"
                + "m85002,Brendon Hills Practice,2024-04,40,2\n";
        mvc.perform(post(API + "/imports").with(health.basic()).contentType("text/csv").content(csv))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.practices").value(2));
        mvc.perform(get(API + "/uptake").param("year", "2024").with(health.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checks").value(14))
                .andExpect(jsonPath("$.register").value(100));
        mvc.perform(get("/health/annual-health-checks").param("year", "2024").with(health.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("14%")))
                .andExpect(content().string(containsString("Brendon Hills Practice (M85002)")));
    }

    @Test
    void board_members_cannot_import_or_read_practice_figures() throws Exception {
        var board = users.create("BOARD_MEMBER");
        mvc.perform(post(API + "/imports").with(board.basic()).contentType("text/csv").content(HEADER))
                .andExpect(status().isForbidden());
        mvc.perform(get(API + "/uptake").with(board.basic())).andExpect(status().isForbidden());
    }
}
