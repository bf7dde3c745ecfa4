package uk.send.platform.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import uk.send.platform.children.Children;
import uk.send.platform.support.SendIntegrationTest;

/** Measures read deadlines across cases without replaying histories. */
@SendIntegrationTest
class CaseTimelinessTest {

    @Autowired
    Cases cases;
    @Autowired
    CaseTimeliness timeliness;
    @Autowired
    Children children;

    @Test
    @WithUserDetails("admin")
    void final_plans_and_advice_are_counted_on_time_late_and_with_exceptions() {
        LocalDate request = LocalDate.of(2019, 3, 4);
        importJourney(request, LocalDate.of(2019, 7, 15), false);
        importJourney(request, LocalDate.of(2019, 7, 29), false);
        importJourney(request, LocalDate.of(2019, 7, 30), true);
        DeadlineCount plans = timeliness.met("finalPlan", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31));
        assertThat(plans).isEqualTo(new DeadlineCount(3, 1, 1, 1, 2));
        DeadlineCount advice = timeliness.met("advice", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 6, 30));
        assertThat(advice.met()).isEqualTo(3);
        assertThat(timeliness.metRecords("finalPlan", LocalDate.of(2019, 7, 1), LocalDate.of(2019, 7, 31), 0, 10)
                .items()).extracting(DeadlineRecord::metOnTime).containsExactly(true, false, false);
        assertThat(timeliness.overdue("decisionToAssess", LocalDate.of(2019, 4, 1), LocalDate.of(2019, 4, 30)))
                .isZero();
    }

    private void importJourney(LocalDate request, LocalDate finalPlan, boolean exception) {
        String childId = CaseApiClient.child(children, "Measure");
        List<NewEvent> events = new java.util.ArrayList<>(List.of(
                NewEvent.of(EventType.DECIDED_TO_ASSESS, request.plusWeeks(5)),
                NewEvent.of(EventType.ADVICE_REQUESTED, request.plusWeeks(5)).with("service", AdviceService.HEALTH)
                        .with("adviceId", "m-" + finalPlan + "-" + exception),
                NewEvent.of(EventType.ADVICE_RECEIVED, request.plusWeeks(10)).with("adviceId", "m-" + finalPlan + "-"
                        + exception)));
        if (exception) {
            events.add(NewEvent.of(EventType.EXCEPTION_STARTED, request.plusWeeks(11))
                    .with("ground", ExceptionGround.SCHOOL_CLOSURE));
        }
        events.add(NewEvent.of(EventType.DECIDED_TO_ISSUE, request.plusWeeks(12)));
        events.add(NewEvent.of(EventType.DRAFT_PLAN_ISSUED, request.plusWeeks(14)));
        events.add(NewEvent.of(EventType.FINAL_PLAN_ISSUED, finalPlan));
        cases.importHistory(new HistoricCase(childId, request, RequestSource.PARENT_OR_YOUNG_PERSON, "measure-worker",
                "Team Measures", events));
    }
}
