package uk.send.platform.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.platform.casework.EventType.*;
import static uk.send.platform.casework.internal.EhcJourneyTest.planIssued;

import org.junit.jupiter.api.Test;
import uk.send.platform.deadlines.DeadlineStatus;
import uk.send.platform.casework.RefusedEvent;
import uk.send.platform.casework.Stage;

/** A plan in force: moves to another authority (reg 15(2)), decisions not to amend (reg 22(4)), re-assessment. */
class PlanInForceJourneyTest {

    @Test
    void a_move_learnt_of_just_before_christmas_is_transferred_within_15_working_days_of_learning_of_it() {
        JourneyScript j = planIssued("2025-03-03")
                .then(MOVE_NOTIFIED, "2025-12-22", "moveOn", "2026-01-02", "otherLa", "202");
        assertThat(j.due("transferOut").dueOn()).isEqualTo("2026-01-14");
        assertThat(j.due("transferOut").rule()).isEqualTo("SEND Regulations 2014 reg 15(2)");
        assertThat(j.due("transferOut").anchor()).isEqualTo("2025-12-22");
        assertThat(j.journey().stage).isEqualTo(Stage.PLAN_MAINTAINED);

        j.then(TRANSFERRED_OUT, "2026-01-09", "otherLa", "202");
        assertThat(j.due("transferOut").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.journey().stage).isEqualTo(Stage.TRANSFERRED_OUT);
    }

    @Test
    void a_move_learnt_of_well_ahead_is_transferred_on_the_day_of_the_move() {
        JourneyScript j = planIssued("2025-03-03")
                .then(MOVE_NOTIFIED, "2026-03-02", "moveOn", "2026-04-17", "otherLa", "202")
                .then(TRANSFERRED_OUT, "2026-04-20", "otherLa", "202");
        assertThat(j.due("transferOut").dueOn()).isEqualTo("2026-04-17");
        assertThat(j.due("transferOut").status()).isEqualTo(DeadlineStatus.MISSED);
    }

    @Test
    void a_plan_ceased_for_transfer_to_another_authority_meets_the_transfer() {
        JourneyScript j = planIssued("2025-03-03")
                .then(MOVE_NOTIFIED, "2026-03-02", "moveOn", "2026-04-17", "otherLa", "202")
                .then(PLAN_CEASED, "2026-04-17", "reason", "5");
        assertThat(j.due("transferOut").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.journey().stage).isEqualTo(Stage.CEASED);
    }

    @Test
    void a_move_needs_a_plan_in_force_and_its_date_and_the_other_authority() {
        JourneyScript j = JourneyScript.requestOn("2025-07-14");
        assertThatThrownBy(() -> j.then(MOVE_NOTIFIED, "2025-07-20", "moveOn", "2025-08-01", "otherLa", "202"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(409));
        JourneyScript plan = planIssued("2025-03-03");
        assertThatThrownBy(() -> plan.then(MOVE_NOTIFIED, "2025-07-20", "otherLa", "202"))
                .isInstanceOf(uk.send.platform.kernel.InvalidInput.class);
        assertThatThrownBy(() -> plan.then(MOVE_NOTIFIED, "2025-07-20", "moveOn", "2025-08-01", "otherLa", "22"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("otherLa")));
        assertThat(plan.deadline("transferOut")).isEmpty();
    }

    @Test
    void a_decision_not_to_amend_after_proposals_is_notified_within_8_weeks_of_the_proposals() {
        JourneyScript j = planIssued("2023-06-01")
                .then(REVIEW_MEETING_HELD, "2024-05-10")
                .then(REVIEW_DECISION_MADE, "2024-06-07", "outcome", "AMEND")
                .then(AMENDMENTS_PROPOSED, "2024-06-07")
                .then(DECIDED_NOT_TO_AMEND, "2024-07-19", "reasons", "Representations showed the plan still fits");
        assertThat(j.due("notToAmendNotice").dueOn()).isEqualTo("2024-08-02");
        assertThat(j.due("notToAmendNotice").rule()).contains("reg 22(4)");
        assertThat(j.due("notToAmendNotice").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.deadline("amendedPlan")).isEmpty();
        assertThat(j.journey().stage).isEqualTo(Stage.PLAN_MAINTAINED);
        assertThat(j.journey().allowedNext()).doesNotContain(AMENDED_PLAN_ISSUED, DECIDED_NOT_TO_AMEND);
    }

    @Test
    void a_decision_not_to_amend_needs_proposed_amendments() {
        JourneyScript j = planIssued("2023-06-01")
                .then(REVIEW_MEETING_HELD, "2024-05-10")
                .then(REVIEW_DECISION_MADE, "2024-06-07", "outcome", "MAINTAIN");
        assertThatThrownBy(() -> j.then(DECIDED_NOT_TO_AMEND, "2024-06-10"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(j.deadline("notToAmendNotice")).isEmpty();
    }

    @Test
    void a_request_for_re_assessment_is_decided_within_15_days_and_a_decision_to_re_assess_starts_14_weeks() {
        JourneyScript j = planIssued("2025-03-03")
                .then(REASSESSMENT_REQUESTED, "2026-03-02", "requestedBy", "Parent");
        assertThat(j.due("reassessmentDecision").dueOn()).isEqualTo("2026-03-17");
        assertThat(j.due("reassessmentDecision").rule()).contains("reg 25(1)");
        assertThat(j.journey().allowedNext()).contains(REASSESSMENT_STARTED, DECIDED_NOT_TO_REASSESS)
                .doesNotContain(REASSESSMENT_REQUESTED);

        j.then(REASSESSMENT_STARTED, "2026-03-16");
        assertThat(j.due("reassessmentDecision").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.due("reassessmentPlan").dueOn()).isEqualTo("2026-06-22");
        assertThat(j.due("reassessmentPlan").rule()).isEqualTo("SEND Regulations 2014 reg 27(2)");
        assertThat(j.journey().stage).isEqualTo(Stage.REASSESSMENT);
    }

    @Test
    void a_decision_not_to_re_assess_meets_the_request_and_leaves_the_plan_as_it_was() {
        JourneyScript j = planIssued("2025-03-03")
                .then(REASSESSMENT_REQUESTED, "2026-03-02")
                .then(DECIDED_NOT_TO_REASSESS, "2026-03-20", "reasons", "No change in needs since the review");
        assertThat(j.due("reassessmentDecision").status()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(j.due("reassessmentDecision").metOn()).isEqualTo("2026-03-20");
        assertThat(j.deadline("reassessmentPlan")).isEmpty();
        assertThat(j.journey().stage).isEqualTo(Stage.PLAN_MAINTAINED);
        assertThatThrownBy(() -> j.then(DECIDED_NOT_TO_REASSESS, "2026-03-21"))
                .isInstanceOfSatisfying(RefusedEvent.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void a_request_made_at_a_review_can_be_refused_while_the_amendment_is_under_way() {
        JourneyScript j = planIssued("2025-03-03")
                .then(REVIEW_MEETING_HELD, "2026-02-20")
                .then(REASSESSMENT_REQUESTED, "2026-02-23")
                .then(REVIEW_DECISION_MADE, "2026-03-06", "outcome", "AMEND")
                .then(AMENDMENTS_PROPOSED, "2026-03-06")
                .then(DECIDED_NOT_TO_REASSESS, "2026-03-09");
        assertThat(j.due("reassessmentDecision").status()).isEqualTo(DeadlineStatus.MET);
        assertThat(j.journey().stage).isEqualTo(Stage.AMENDMENT);
    }
}
