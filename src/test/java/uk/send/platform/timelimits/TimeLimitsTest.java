package uk.send.platform.timelimits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.calendar.BankHolidays;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

@SendIntegrationTest
class TimeLimitsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired StatutoryRules rules;

    @AfterEach
    void restoreShippedHolidays() throws Exception {
        mvc.perform(put("/api/v1/admin/bank-holidays").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                .content(govUkJson(BankHolidays.englandAndWales().dates()))).andExpect(status().isOk());
    }

    @Test
    void every_rule_is_listed_with_its_citation() throws Exception {
        var caseworker = users.create("CASEWORKER");
        mvc.perform(get("/api/v1/rules").with(caseworker.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.key == 'finalPlan')].citation", hasItem(containsString("13(2)"))))
                .andExpect(jsonPath("$[?(@.key == 'decisionToAssess')].citation", hasItem(containsString("5(1)"))));
        mvc.perform(get("/rules").with(caseworker.signedIn()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("reg 13(2)")));
    }

    @Test
    void an_uploaded_gov_uk_list_replaces_the_bank_holidays_and_moves_working_day_limits() throws Exception {
        LocalDate proclaimed = LocalDate.of(2026, 6, 15); // a Monday, not a bank holiday in the shipped list
        assertThat(rules.bankHolidays().isBankHoliday(proclaimed)).isFalse();
        SortedSet<LocalDate> dates = new TreeSet<>(BankHolidays.englandAndWales().dates());
        dates.add(proclaimed);
        mvc.perform(put("/api/v1/admin/bank-holidays").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content(govUkJson(dates)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.dates").value(dates.size()));
        assertThat(rules.bankHolidays().isBankHoliday(proclaimed)).isTrue();
        assertThat(rules.ruleBook().workingDays().nthWorkingDayAfter(LocalDate.of(2026, 6, 12), 1))
                .isEqualTo(LocalDate.of(2026, 6, 16));
    }

    @Test
    void a_malformed_file_is_refused_on_the_page_and_the_api_and_changes_nothing() throws Exception {
        int before = rules.bankHolidays().dates().size();
        mvc.perform(put("/api/v1/admin/bank-holidays").with(TestUsers.admin()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"england-and-wales\": {\"events\": [{\"date\": \"2026-02-30\"}]}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/admin/bank-holidays").file(new MockMultipartFile("file", "x.json", "application/json",
                        "not json".getBytes())).with(users.adminSignedIn()).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("There is a problem")));
        assertThat(rules.bankHolidays().dates()).hasSize(before);
    }

    @Test
    void only_administrators_may_replace_bank_holidays() throws Exception {
        var manager = users.create("TEAM_MANAGER");
        mvc.perform(put("/api/v1/admin/bank-holidays").with(manager.basic()).contentType(MediaType.APPLICATION_JSON)
                .content(govUkJson(BankHolidays.englandAndWales().dates()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/bank-holidays").with(manager.signedIn())).andExpect(status().isForbidden());
    }

    private static String govUkJson(java.util.Collection<LocalDate> dates) {
        String events = dates.stream().map(d -> "{\"title\":\"Holiday\",\"date\":\"" + d + "\",\"notes\":\"\",\"bunting\":true}")
                .collect(Collectors.joining(","));
        return "{\"england-and-wales\":{\"division\":\"england-and-wales\",\"events\":[" + events + "]},"
                + "\"scotland\":{\"division\":\"scotland\",\"events\":[]}}";
    }
}
