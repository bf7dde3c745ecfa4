package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;
import uk.send.platform.support.TestUsers;

/** A partner's submission records advice received with advice.respond alone; a caseworker records it as an event. */
@SendIntegrationTest
class PartnerAdviceTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Children children;
    @Autowired UserDetailsService accounts;
    @Autowired Cases cases;

    @Test
    void a_provider_records_advice_received_without_casework_permissions_and_a_caseworker_cannot_use_that_route() throws Exception {
        TestUsers.TestUser worker = users.create("CASEWORKER");
        CaseApiClient api = new CaseApiClient(mvc, worker.basic());
        String caseId = api.openCase(CaseApiClient.child(children, "Rosa"), "2025-07-14");
        api.recorded(caseId, "DECIDED_TO_ASSESS", "2025-08-20");
        String adviceId = JsonPath.read(api.recorded(caseId, "ADVICE_REQUESTED", "2025-08-21", "service", "HEALTH"),
                "$.adviceId");
        TestUsers.TestUser provider = users.create("ADVICE_PROVIDER", null, "Community paediatrics");

        assertThatThrownBy(() -> as(worker.username(), () -> cases.recordAdviceReceived(caseId, adviceId,
                LocalDate.of(2025, 9, 20), worker.username()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(provider.username(), () -> cases.recordAdviceReceived(caseId, "not-an-advice-id",
                LocalDate.of(2025, 9, 20), provider.username()))).isInstanceOf(RefusedEvent.class);

        RecordedEvent recorded = as(provider.username(), () -> cases.recordAdviceReceived(caseId, adviceId,
                LocalDate.of(2025, 9, 20), provider.username()));
        assertThat(recorded.type()).isEqualTo(EventType.ADVICE_RECEIVED);
        api.get(caseId)
                .andExpect(jsonPath("$.deadlines[?(@.key=='advice:" + adviceId + "')].status").value(hasItem("MET")))
                .andExpect(jsonPath("$.events[?(@.type=='ADVICE_RECEIVED')].recordedBy").value(hasItem(provider.username())));
    }

    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
