package uk.send.platform.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.platform.casework.EventType.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.Stage;

class EhcJourneyTest {

    @Test
    void a_request_received_on_14_july_2025_starts_the_six_and_twenty_week_clocks() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14");
        assertThat(j.due("decisionToAssess").dueOn()).isEqualTo("2025-08-25");
        assertThat(j.due("decisionToAssess").rule()).isEqualTo("SEND Regulations 2014 reg 5(1)");
        assertThat(j.due("finalPlan").dueOn()).isEqualTo("2025-12-01");
        assertThat(j.due("finalPlan").rule()).isEqualTo("SEND Regulations 2014 reg 13(2)");
        assertThat(j.deadline("noPlanNotice")).isEmpty();
        assertThat(j.journey().stage).isEqualTo(Stage.REQUEST_RECEIVED);
    }

    @Test
    void a_decision_not_to_issue_brings_the_sixteen_week_notice_and_ends_the_final_plan_clock() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(DECIDED_NOT_TO_ISSUE, "2025-10-30");
        assertThat(j.due("noPlanNotice").dueOn()).isEqualTo("2025-11-03");
        assertThat(j.due("noPlanNotice").rule()).isEqualTo("SEND Regulations 2014 reg 10(1)");
        assertThat(j.due("noPlanNotice").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.deadline("finalPlan")).isEmpty();
        assertThat(j.journey().stage).isEqualTo(Stage.NOT_ISSUING);
    }

    @Test
    void a_draft_issued_on_3_march_2025_gives_representations_until_17_march() {
        JourneyScript j = JourneyScript.requestOn("2024-11-01")
                .then(DECIDED_TO_ASSESS, "2024-12-02")
                .then(DECIDED_TO_ISSUE, "2025-02-20")
                .then(DRAFT_PLAN_ISSUED, "2025-03-03");
        assertThat(j.due("representations").dueOn()).isEqualTo("2025-03-17");
        assertThat(j.due("representations").rule()).isEqualTo("SEND Regulations 2014 reg 13(1)");
        assertThat(j.due("representations").status()).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void a_review_meeting_on_10_may_2024_sets_report_and_decision_due_dates() {
        JourneyScript j = planIssued("2023-06-01")
                .then(REVIEW_MEETING_HELD, "2024-05-10");
        assertThat(j.due("reviewReport").dueOn()).isEqualTo("2024-05-24");
        assertThat(j.due("reviewDecision").dueOn()).isEqualTo("2024-06-07");
        assertThat(j.due("reviewDecision").rule()).isEqualTo("SEND Regulations 2014 reg 20(10)");
        assertThat(j.due("annualReview").dueOn()).isEqualTo("2025-05-09");
        assertThat(j.journey().stage).isEqualTo(Stage.REVIEW);
    }

    @Test
    void amendments_proposed_on_7_june_2024_are_due_as_an_amended_plan_by_2_august() {
        JourneyScript j = planIssued("2023-06-01")
                .then(REVIEW_MEETING_HELD, "2024-05-10")
                .then(REVIEW_DECISION_MADE, "2024-06-07", "outcome", "AMEND")
                .then(AMENDMENTS_PROPOSED, "2024-06-07");
        assertThat(j.due("amendedPlan").dueOn()).isEqualTo("2024-08-02");
        assertThat(j.due("amendedPlan").rule()).isEqualTo("SEND Regulations 2014 reg 22(3)");
        assertThat(j.due("reviewDecision").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.due("reviewReport").metOn()).isEqualTo("2024-06-07");
        assertThat(j.journey().warnings).isEmpty();
    }

    @Test
    void a_final_plan_on_1_january_2019_must_be_reviewed_by_31_december_2019() {
        JourneyScript j = planIssued("2019-01-01");
        assertThat(j.due("annualReview").dueOn()).isEqualTo("2019-12-31");
        assertThat(j.due("annualReview").rule()).isEqualTo("Children and Families Act 2014 s44(1)");
    }

    @Test
    void the_annual_review_period_runs_from_the_last_review_meeting() {
        JourneyScript j = planIssued("2019-01-01")
                .then(REVIEW_MEETING_HELD, "2019-11-15")
                .then(REVIEW_DECISION_MADE, "2019-12-02", "outcome", "MAINTAIN");
        assertThat(j.due("annualReview").dueOn()).isEqualTo("2020-11-14");
        assertThat(j.due("annualReview").status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(j.journey().stage).isEqualTo(Stage.PLAN_MAINTAINED);
    }

    @Test
    void a_final_plan_within_twenty_weeks_is_met_and_counted() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(DECIDED_TO_ISSUE, "2025-10-01")
                .then(DRAFT_PLAN_ISSUED, "2025-10-10")
                .then(FINAL_PLAN_ISSUED, "2025-12-01");
        assertThat(j.due("finalPlan").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(Timeliness.within20Weeks(j.journey())).isTrue();
        assertThat(j.due("decisionToAssess").metOn()).isEqualTo("2025-08-20");
    }

    @Test
    void a_final_plan_one_day_late_is_missed_and_not_within_twenty_weeks() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-26")
                .then(DECIDED_TO_ISSUE, "2025-10-01")
                .then(DRAFT_PLAN_ISSUED, "2025-10-10")
                .then(FINAL_PLAN_ISSUED, "2025-12-02");
        assertThat(j.due("finalPlan").status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(j.due("decisionToAssess").status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(Timeliness.within20Weeks(j.journey())).isFalse();
    }

    @Test
    void within_twenty_weeks_is_unknown_until_a_final_plan_is_issued() {
        assertThat(Timeliness.within20Weeks(JourneyScript.requestOn("2025-07-14").journey())).isNull();
    }

    @Test
    void an_unmet_deadline_is_missed_once_its_day_has_passed() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14");
        assertThat(j.due("decisionToAssess").status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(j.due("decisionToAssess").overdue()).isTrue();
        assertThat(j.journey().obligations.nextDuty().orElseThrow().key()).isEqualTo("decisionToAssess");
    }

    @Test
    void advice_is_due_six_weeks_after_it_is_requested_under_its_own_key() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(ADVICE_REQUESTED, "2025-08-21", "service", "EDUCATIONAL_PSYCHOLOGY");
        String id = j.onlyAdviceId();
        assertThat(j.due("advice:" + id).dueOn()).isEqualTo("2025-10-02");
        assertThat(j.due("advice:" + id).rule()).isEqualTo("SEND Regulations 2014 reg 8(1)");
        j.then(ADVICE_RECEIVED, "2025-10-03", "adviceId", id);
        assertThat(j.due("advice:" + id).status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(j.due("advice:" + id).metOn()).isEqualTo("2025-10-03");
    }

    @Test
    void an_exception_overlapping_the_twenty_weeks_is_flagged_but_moves_no_date() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(EXCEPTION_STARTED, "2025-09-01", "ground", "ABSENT_FROM_AREA", "evidence", "Family abroad",
                        "familyToldOn", "2025-09-02")
                .then(EXCEPTION_ENDED, "2025-10-15");
        assertThat(Timeliness.exceptionApplies(j.journey())).isTrue();
        assertThat(j.due("finalPlan").dueOn()).isEqualTo("2025-12-01");
        assertThat(j.due("finalPlan").exceptionApplies()).isTrue();
        assertThat(j.due("decisionToAssess").exceptionApplies()).isFalse();
    }

    @Test
    void a_final_plan_before_any_decision_to_issue_is_refused_and_changes_nothing() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14").then(DECIDED_TO_ASSESS, "2025-08-20");
        assertThatThrownBy(() -> j.then(FINAL_PLAN_ISSUED, "2025-11-01"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("decision to issue");
                });
        assertThat(j.journey().stage).isEqualTo(Stage.ASSESSMENT);
        assertThat(j.journey().eventCount).isEqualTo(1);
    }

    @Test
    void an_event_dated_before_the_request_is_refused() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14");
        assertThatThrownBy(() -> j.then(DECIDED_TO_ASSESS, "2025-07-13"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(j.journey().stage).isEqualTo(Stage.REQUEST_RECEIVED);
    }

    @Test
    void an_event_dated_before_the_previous_one_is_refused() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14").then(DECIDED_TO_ASSESS, "2025-08-20");
        assertThatThrownBy(() -> j.then(DECIDED_TO_ISSUE, "2025-08-19"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void an_event_in_the_future_is_refused() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14");
        assertThatThrownBy(() -> j.then(DECIDED_TO_ASSESS, JourneyScript.TODAY.plusDays(1).toString()))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void nothing_is_recorded_after_withdrawal() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(WITHDRAWN, "2025-09-01");
        assertThat(j.deadline("finalPlan")).isEmpty();
        assertThat(j.journey().allowedNext()).isEmpty();
        assertThatThrownBy(() -> j.then(ADVICE_REQUESTED, "2025-09-02", "service", "HEALTH"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("ended");
                });
    }

    @Test
    void an_unknown_advice_service_is_refused_with_the_field_named() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14").then(DECIDED_TO_ASSESS, "2025-08-20");
        assertThatThrownBy(() -> j.then(ADVICE_REQUESTED, "2025-08-21", "service", "ASTROLOGY"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.problems()).extracting("field").containsExactly("service");
                });
    }

    @Test
    void advice_previously_received_cannot_be_received_again() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14").then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(ADVICE_REQUESTED, "2025-08-21", "service", "HEALTH")
                .then(ADVICE_REQUESTED, "2025-08-21", "service", "SOCIAL_CARE");
        String first = j.onlyAdviceId();
        j.then(ADVICE_RECEIVED, "2025-09-01", "adviceId", first);
        assertThatThrownBy(() -> j.then(ADVICE_RECEIVED, "2025-09-02", "adviceId", first))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> j.then(ADVICE_RECEIVED, "2025-09-02", "adviceId", "nope"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void a_plan_ceased_for_transfer_closes_the_journey_and_its_clocks() {
        JourneyScript j = planIssued("2024-01-10").then(PLAN_CEASED, "2024-06-01", "reason", "5");
        assertThat(j.journey().stage).isEqualTo(Stage.CEASED);
        assertThat(j.deadline("annualReview")).isEmpty();
        assertThat(j.journey().obligations.nextDuty()).isEmpty();
    }

    @Test
    void an_appeal_won_against_a_refusal_to_assess_reopens_the_decision() {
        JourneyScript j = JourneyScript.requestOn("2025-01-06")
                .then(DECIDED_NOT_TO_ASSESS, "2025-02-10")
                .then(APPEAL_LODGED, "2025-03-20", "about", "ASSESS")
                .then(APPEAL_CONCEDED, "2025-04-01");
        assertThat(j.journey().stage).isEqualTo(Stage.REQUEST_RECEIVED);
        assertThat(j.due("unopposedAppealAssessmentNotice").dueOn()).isEqualTo("2025-04-15");
        assertThat(j.deadline("finalPlan")).isPresent();
        j.then(DECIDED_TO_ASSESS, "2025-04-10");
        assertThat(j.due("unopposedAppealAssessmentNotice").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.due("decisionToAssess").metOn()).isEqualTo("2025-02-10");
    }

    @Test
    void a_plan_cannot_cease_while_an_appeal_against_ceasing_is_pending() {
        JourneyScript j = planIssued("2024-01-10")
                .then(CEASE_CONSIDERED, "2024-05-01")
                .then(CEASE_DECISION_MADE, "2024-06-01", "outcome", "CEASE")
                .then(APPEAL_LODGED, "2024-07-01", "about", "CEASE");
        assertThatThrownBy(() -> j.then(PLAN_CEASED, "2024-08-01", "reason", "2"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.getMessage()).contains("s45"));
    }

    @Test
    void a_plan_transferred_in_runs_no_request_clocks() {
        JourneyScript j = JourneyScript.requestOn("2025-03-03")
                .then(TRANSFERRED_IN, "2025-03-03", "otherLa", "202", "lastReviewOn", "2024-10-01");
        assertThat(j.deadline("decisionToAssess")).isEmpty();
        assertThat(j.deadline("finalPlan")).isEmpty();
        assertThat(j.due("transferInNotice").dueOn()).isEqualTo("2025-04-14");
        assertThat(j.due("annualReview").dueOn()).isEqualTo("2025-09-30");
    }

    @Test
    void a_phase_transfer_to_secondary_is_due_the_day_before_15_february() {
        JourneyScript j = planIssued("2024-01-10")
                .then(PHASE_TRANSFER_SCHEDULED, "2025-09-01", "kind", "OTHER_PHASE", "transferOn", "2026-09-01");
        assertThat(j.due("phaseTransfer").dueOn()).isEqualTo("2026-02-14");
        assertThat(j.due("phaseTransfer").rule()).isEqualTo("SEND Regulations 2014 reg 18(1)(b)");
    }

    @Test
    void a_final_plan_before_the_representations_window_ends_is_flagged() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(DECIDED_TO_ISSUE, "2025-10-01")
                .then(DRAFT_PLAN_ISSUED, "2025-10-10")
                .then(FINAL_PLAN_ISSUED, "2025-10-12");
        assertThat(j.journey().warnings).singleElement().asString().contains("reg 13(1)");
        assertThat(j.due("representations").status()).isEqualTo(DeadlineStatus.MET);
    }

    static JourneyScript planIssued(String on) {
        LocalDate plan = LocalDate.parse(on);
        LocalDate request = plan.minusWeeks(19);
        return JourneyScript.requestOn(request.toString())
                .then(DECIDED_TO_ASSESS, request.plusWeeks(5).toString())
                .then(DECIDED_TO_ISSUE, request.plusWeeks(12).toString())
                .then(DRAFT_PLAN_ISSUED, request.plusWeeks(14).toString())
                .then(FINAL_PLAN_ISSUED, on);
    }

    @Test
    void steps_that_skip_a_duty_are_accepted_with_a_warning_but_not_offered() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14")
                .then(ADVICE_REQUESTED, "2025-07-20", "service", "EDUCATIONAL_PSYCHOLOGY")
                .then(DECIDED_TO_ASSESS, "2025-08-20")
                .then(DECIDED_TO_ISSUE, "2025-10-01");
        assertThat(j.journey().allowedNext()).doesNotContain(FINAL_PLAN_ISSUED).contains(DRAFT_PLAN_ISSUED);
        j.then(FINAL_PLAN_ISSUED, "2025-11-20");
        assertThat(Timeliness.within20Weeks(j.journey())).isTrue();
        assertThat(j.journey().warnings).hasSize(2).anySatisfy(w -> assertThat(w).contains("without a draft plan"))
                .anySatisfy(w -> assertThat(w).contains("before the decision to assess"));
    }
}
