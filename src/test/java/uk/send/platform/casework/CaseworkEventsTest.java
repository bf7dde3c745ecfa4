package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.send.platform.deadlines.DeadlineChanged;
import uk.send.platform.deadlines.DeadlineStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import uk.send.platform.children.Children;
import uk.send.platform.support.TestUsers;

/**
 * What casework tells the other modules, checked on casework and the modules it needs alone (no advice, no insight
 * listening): the events it publishes, with the facts the listeners rely on.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles("test")
@Import(TestUsers.class)
class CaseworkEventsTest {

    @Autowired Cases cases;
    @Autowired Children children;
    @Autowired TestUsers users;
    @Autowired UserDetailsService userDetails;

    private String caseworker;

    @BeforeEach
    void signInAsACaseworker() {
        caseworker = users.create("CASEWORKER").username();
        UserDetails signedIn = userDetails.loadUserByUsername(caseworker);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void opening_a_case_tells_the_others_who_asked_and_when(Scenario scenario) {
        String childId = CaseApiClient.child(children, "Orla");

        scenario.stimulate(() -> cases.open(new NewCase(childId, LocalDate.of(2024, 10, 21), RequestSource.SETTING)))
                .andWaitForEventOfType(CaseOpened.class)
                .matching(e -> e.childId().equals(childId))
                .toArriveAndVerify((event, view) -> {
                    assertThat(event.caseId()).isEqualTo(view.id());
                    assertThat(event.requestReceivedOn()).isEqualTo("2024-10-21");
                    assertThat(event.requestSource()).isEqualTo(RequestSource.SETTING);
                    assertThat(event.caseworker()).isEqualTo(caseworker);
                });
    }

    @Test
    void a_final_plan_issued_in_19_weeks_is_published_as_within_20_weeks_with_no_exception(Scenario scenario) {
        String childId = CaseApiClient.child(children, "Pippa");
        String caseId = cases.open(new NewCase(childId, LocalDate.of(2024, 10, 21), RequestSource.PARENT_OR_YOUNG_PERSON))
                .id();
        cases.record(caseId, NewEvent.of(EventType.DECIDED_TO_ASSESS, LocalDate.of(2024, 11, 25)), null);
        cases.record(caseId, NewEvent.of(EventType.DECIDED_TO_ISSUE, LocalDate.of(2025, 1, 13)), null);
        cases.record(caseId, NewEvent.of(EventType.DRAFT_PLAN_ISSUED, LocalDate.of(2025, 1, 27)), null);

        scenario.stimulate(() -> cases.record(caseId, NewEvent.of(EventType.FINAL_PLAN_ISSUED,
                        LocalDate.of(2025, 3, 3)), null))
                .andWaitForEventOfType(FinalPlanIssued.class)
                .matching(e -> e.caseId().equals(caseId))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(new FinalPlanIssued(caseId, childId,
                        LocalDate.of(2025, 3, 3), LocalDate.of(2024, 10, 21), true, false, null, null, LocalDate.of(2025, 3, 10))));
    }

    @Test
    void a_decision_to_assess_in_five_weeks_is_published_as_meeting_the_reg_5_limit(Scenario scenario) {
        String childId = CaseApiClient.child(children, "Rhys");
        String caseId = cases.open(new NewCase(childId, LocalDate.of(2024, 10, 21), RequestSource.SETTING)).id();

        scenario.stimulate(() -> cases.record(caseId, NewEvent.of(EventType.DECIDED_TO_ASSESS,
                        LocalDate.of(2024, 11, 25)), null))
                .andWaitForEventOfType(DeadlineChanged.class)
                .matching(e -> e.ownerId().equals(caseId) && e.key().equals("decisionToAssess") && e.after().metOn() != null)
                .toArriveAndVerify(event -> {
                    assertThat(event.met()).isTrue();
                    assertThat(event.after().dueOn()).isEqualTo("2024-12-02");
                    assertThat(event.after().metOn()).isEqualTo("2024-11-25");
                    assertThat(event.after().status()).isEqualTo(DeadlineStatus.MET);
                    assertThat(event.after().citation()).isEqualTo("SEND Regulations 2014 reg 5(1)");
                    assertThat(event.changedOn()).isEqualTo("2024-11-25");
                });
    }

    @Test
    void every_event_recorded_is_published_with_the_stage_it_left_the_journey_in(Scenario scenario) {
        String childId = CaseApiClient.child(children, "Quentin");
        String caseId = cases.open(new NewCase(childId, LocalDate.of(2024, 10, 21), RequestSource.HEALTH)).id();

        scenario.stimulate(() -> cases.record(caseId, NewEvent.of(EventType.DECIDED_TO_ASSESS,
                        LocalDate.of(2024, 11, 25)), null))
                .andWaitForEventOfType(CaseEventRecorded.class)
                .matching(e -> e.caseId().equals(caseId))
                .toArriveAndVerify(event -> assertThat(event).isEqualTo(new CaseEventRecorded(caseId, childId, 1,
                        EventType.DECIDED_TO_ASSESS, LocalDate.of(2024, 11, 25), Stage.ASSESSMENT, caseworker)));
    }
}
