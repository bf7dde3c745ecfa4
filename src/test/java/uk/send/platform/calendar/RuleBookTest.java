package uk.send.platform.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.platform.calendar.RuleKeys.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RuleBookTest {

    private final RuleBook book = RuleBook.standard();

    private LocalDate due(String key, LocalDate anchor) {
        return book.deadline(key, anchor).dueOn();
    }

    @Nested
    class A_request_received_on_Mon_14_Jul_2025 {

        private final LocalDate request = of(2025, 7, 14);

        @Test
        void must_be_decided_by_Mon_25_Aug_2025_although_it_is_a_bank_holiday() {
            assertThat(due(DECISION_TO_ASSESS, request)).isEqualTo(of(2025, 8, 25));
        }

        @Test
        void gets_a_no_plan_notice_by_Mon_3_Nov_2025() {
            assertThat(due(NO_PLAN_NOTICE, request)).isEqualTo(of(2025, 11, 3));
        }

        @Test
        void gets_a_final_plan_by_Mon_1_Dec_2025() {
            assertThat(due(FINAL_PLAN, request)).isEqualTo(of(2025, 12, 1));
        }

        @Test
        void has_a_local_draft_plan_target_of_week_14_or_week_16() {
            assertThat(due(DRAFT_PLAN_TARGET, request)).isEqualTo(of(2025, 10, 20));
            RuleBook week16 = RuleBook.standard(CalendarConventions.defaults().withDraftPlanTarget(DraftPlanTarget.WEEK_16));
            assertThat(week16.deadline(DRAFT_PLAN_TARGET, request).dueOn()).isEqualTo(of(2025, 11, 3));
            assertThat(week16.rule(DRAFT_PLAN_TARGET, request).citation()).contains("not a statutory time limit");
        }

        @Test
        void falls_due_one_day_earlier_where_the_council_counts_the_request_day_as_day_one() {
            RuleBook dayOne = RuleBook.standard(
                    CalendarConventions.defaults().withDayOne(DayOneCounting.EVENT_DAY_IS_DAY_ONE));
            assertThat(dayOne.deadline(DECISION_TO_ASSESS, request).dueOn()).isEqualTo(of(2025, 8, 24));
            assertThat(dayOne.deadline(NO_PLAN_NOTICE, request).dueOn()).isEqualTo(of(2025, 11, 2));
            assertThat(dayOne.deadline(FINAL_PLAN, request).dueOn()).isEqualTo(of(2025, 11, 30));
            assertThat(dayOne.deadline(REPRESENTATIONS, request).dueOn())
                    .as("already counted beginning with the day").isEqualTo(due(REPRESENTATIONS, request));
        }

        @Test
        void explains_its_final_plan_deadline_in_one_sentence() {
            assertThat(book.deadline(FINAL_PLAN, request).explanation())
                    .isEqualTo("Final plan due 1 Dec 2025: 20 weeks from 14 Jul 2025, SEND Regulations 2014 reg 13(2)");
        }
    }

    @Test
    void advice_requested_on_Mon_14_Jul_2025_is_due_within_6_weeks() {
        assertThat(due(ADVICE, of(2025, 7, 14))).isEqualTo(of(2025, 8, 25));
    }

    @Test
    void a_draft_served_on_Mon_3_Mar_2025_leaves_representations_open_until_Mon_17_Mar_2025() {
        assertThat(due(REPRESENTATIONS, of(2025, 3, 3))).isEqualTo(of(2025, 3, 17));
    }

    @Test
    void a_requested_school_has_15_days_to_respond_to_consultation() {
        assertThat(due(SETTING_CONSULTATION, of(2025, 3, 3))).isEqualTo(of(2025, 3, 18));
    }

    @Nested
    class A_review_meeting_on_Fri_10_May_2024 {

        private final LocalDate meeting = of(2024, 5, 10);

        @Test
        void needs_notice_and_advice_circulated_by_Fri_26_Apr_2024() {
            assertThat(due(REVIEW_NOTICE, meeting)).isEqualTo(of(2024, 4, 26));
            assertThat(due(REVIEW_ADVICE_CIRCULATED, meeting)).isEqualTo(of(2024, 4, 26));
        }

        @Test
        void needs_a_report_by_Fri_24_May_2024() {
            assertThat(due(REVIEW_REPORT, meeting)).isEqualTo(of(2024, 5, 24));
        }

        @Test
        void needs_a_decision_with_proposed_amendments_by_Fri_7_Jun_2024() {
            assertThat(due(REVIEW_DECISION, meeting)).isEqualTo(of(2024, 6, 7));
        }

        @Test
        void needs_the_final_amended_plan_by_Fri_2_Aug_2024_when_amendments_go_out_with_the_decision() {
            LocalDate decision = due(REVIEW_DECISION, meeting);
            assertThat(due(AMENDED_PLAN, decision)).isEqualTo(of(2024, 8, 2)).isEqualTo(meeting.plusWeeks(12));
            assertThat(due(NOT_TO_AMEND_NOTICE, decision)).isEqualTo(of(2024, 8, 2));
        }

        @Test
        void explains_the_notice_as_counted_backwards() {
            assertThat(book.deadline(REVIEW_NOTICE, meeting).explanation())
                    .isEqualTo("Review meeting notice due 26 Apr 2024: 2 weeks before 10 May 2024, SEND Regulations 2014 reg 20(3)");
        }
    }

    @Test
    void a_plan_made_on_1_Jan_2019_must_be_reviewed_by_31_Dec_2019() {
        assertThat(due(ANNUAL_REVIEW, of(2019, 1, 1))).isEqualTo(of(2019, 12, 31));
    }

    @Test
    void a_plan_made_on_leap_day_2024_must_be_reviewed_by_27_Feb_2025() {
        assertThat(due(ANNUAL_REVIEW, of(2024, 2, 29))).isEqualTo(of(2025, 2, 27));
    }

    @Nested
    class A_phase_transfer_in_September_2026 {

        private final LocalDate transfer = of(2026, 9, 1);

        @Test
        void must_be_reviewed_before_15_Feb_so_by_Sat_14_Feb_2026_without_rolling_to_a_working_day() {
            assertThat(due(PHASE_TRANSFER_OTHER, transfer)).isEqualTo(of(2026, 2, 14));
        }

        @Test
        void from_secondary_to_post_16_must_be_reviewed_by_30_Mar_2026() {
            assertThat(due(PHASE_TRANSFER_SECONDARY_TO_POST16, transfer)).isEqualTo(of(2026, 3, 30));
        }

        @Test
        void is_due_on_the_boundary_itself_where_the_council_reads_before_as_by() {
            RuleBook onTheDate = RuleBook.standard(
                    CalendarConventions.defaults().withPhaseTransfer(PhaseTransferBoundary.ON_THE_DATE));
            assertThat(onTheDate.deadline(PHASE_TRANSFER_OTHER, transfer).dueOn()).isEqualTo(of(2026, 2, 15));
            assertThat(onTheDate.deadline(PHASE_TRANSFER_SECONDARY_TO_POST16, transfer).dueOn())
                    .isEqualTo(of(2026, 3, 31));
        }

        @Test
        void explains_the_fixed_date() {
            assertThat(book.deadline(PHASE_TRANSFER_OTHER, transfer).explanation()).isEqualTo(
                    "Phase transfer review due 14 Feb 2026: the day before 15 Feb in the calendar year of the transfer"
                            + " on 1 Sep 2026, SEND Regulations 2014 reg 18(1)(b)");
        }
    }

    @Test
    void a_post_16_move_at_another_time_must_be_reviewed_5_months_before() {
        assertThat(due(POST16_TRANSFER_OTHER_TIME, of(2027, 1, 5))).isEqualTo(of(2026, 8, 5));
    }

    @Test
    void a_re_assessment_gives_a_plan_within_14_weeks() {
        assertThat(due(REASSESSMENT_PLAN, of(2025, 7, 14))).isEqualTo(of(2025, 10, 20));
    }

    @Nested
    class A_house_move_under_reg_15_2 {

        private LocalDate transfer(LocalDate awareOn, LocalDate moveOn) {
            return book.houseMoveTransfer(awareOn, moveOn).dueOn();
        }

        @Test
        void learnt_of_on_Mon_22_Dec_2025_for_a_move_on_Fri_2_Jan_2026_transfers_by_Wed_14_Jan_2026() {
            // Day 1 is 22 Dec; 25, 26 Dec and 1 Jan are bank holidays.
            assertThat(transfer(of(2025, 12, 22), of(2026, 1, 2))).isEqualTo(of(2026, 1, 14));
            assertThat(due(TRANSFER_IN_NOTICE, of(2026, 1, 14))).isEqualTo(of(2026, 2, 25));
        }

        @Test
        void learnt_of_on_Christmas_Eve_2026_transfers_by_Mon_18_Jan_2027_as_the_holidays_do_not_count() {
            // Thu 24 Dec 2026 is day 1; 25 and 28 Dec 2026 and 1 Jan 2027 are bank holidays.
            assertThat(transfer(of(2026, 12, 24), of(2027, 1, 4))).isEqualTo(of(2027, 1, 18));
        }

        @Test
        void learnt_of_on_Good_Friday_2026_starts_counting_on_the_Tuesday_after_Easter_Monday() {
            // Fri 3 Apr and Mon 6 Apr 2026 are bank holidays: day 1 is Tue 7 Apr, day 15 Mon 27 Apr.
            assertThat(transfer(of(2026, 4, 3), of(2026, 4, 10))).isEqualTo(of(2026, 4, 27));
        }

        @Test
        void learnt_of_well_ahead_transfers_on_the_day_of_the_move() {
            assertThat(transfer(of(2026, 5, 18), of(2026, 6, 22))).isEqualTo(of(2026, 6, 22));
        }

        @Test
        void learnt_of_exactly_15_working_days_ahead_transfers_on_the_day_of_the_move_and_a_day_later_does_not() {
            // Mon 1 Jun to Fri 19 Jun 2026 are 15 working days before the move on Mon 22 Jun.
            assertThat(transfer(of(2026, 6, 1), of(2026, 6, 22))).isEqualTo(of(2026, 6, 22));
            // From Tue 2 Jun the 15th working day is the move day itself; from Wed 3 Jun it is the day after.
            assertThat(transfer(of(2026, 6, 2), of(2026, 6, 22))).isEqualTo(of(2026, 6, 22));
            assertThat(transfer(of(2026, 6, 3), of(2026, 6, 22))).isEqualTo(of(2026, 6, 23));
        }

        @Test
        void learnt_of_after_the_move_counts_from_the_day_the_authority_learnt_of_it() {
            assertThat(transfer(of(2026, 6, 10), of(2026, 6, 1))).isEqualTo(of(2026, 6, 30));
        }

        @Test
        void cites_reg_15_2_and_explains_both_branches() {
            Deadline deadline = book.houseMoveTransfer(of(2025, 12, 22), of(2026, 1, 2));
            assertThat(deadline.key()).isEqualTo(TRANSFER_OUT);
            assertThat(deadline.rule().citation()).isEqualTo("SEND Regulations 2014 reg 15(2)");
            assertThat(deadline.explanation()).contains("on the day of the move, or 15 working days beginning with 22 Dec 2025");
        }
    }

    @Nested
    class A_request_for_re_assessment_received_on_Mon_2_Mar_2026 {

        private final LocalDate request = of(2026, 3, 2);

        @Test
        void must_be_decided_within_15_days_by_Tue_17_Mar_2026_by_default() {
            assertThat(due(REASSESSMENT_DECISION, request)).isEqualTo(of(2026, 3, 17));
            assertThat(book.rule(REASSESSMENT_DECISION, request).citation()).contains("reg 25(1)").contains("unverified");
        }

        @Test
        void must_be_decided_within_6_weeks_where_the_council_reads_reg_25_as_reg_5() {
            RuleBook sixWeeks = RuleBook.standard(
                    CalendarConventions.defaults().withReassessmentDecision(ReassessmentDecision.WEEKS_6));
            assertThat(sixWeeks.deadline(REASSESSMENT_DECISION, request).dueOn()).isEqualTo(of(2026, 4, 13));
        }
    }

    @Test
    void a_decision_not_to_amend_is_due_4_weeks_after_the_proposals_where_the_council_chose_the_stricter_reading() {
        RuleBook strict = RuleBook.standard(CalendarConventions.defaults().withNotToAmendNotice(NotToAmendNotice.WEEK_4));
        assertThat(strict.deadline(NOT_TO_AMEND_NOTICE, of(2024, 6, 7)).dueOn()).isEqualTo(of(2024, 7, 5));
        assertThat(strict.rule(NOT_TO_AMEND_NOTICE, of(2024, 6, 7)).citation()).contains("reg 22(4)");
        assertThat(book.rule(NOT_TO_AMEND_NOTICE, of(2024, 6, 7)).citation()).contains("Enfield SENDIASS");
    }

    @Test
    void a_decision_letter_sent_1_Oct_gives_until_1_Dec_to_contact_a_mediation_adviser() {
        assertThat(due(MEDIATION_CONTACT, of(2025, 10, 1))).isEqualTo(of(2025, 12, 1));
        assertThat(due(MEDIATION_CONTACT, of(2024, 12, 31))).isEqualTo(of(2025, 2, 28));
        assertThat(due(MEDIATION_CONTACT, of(2023, 12, 31))).isEqualTo(of(2024, 2, 29));
    }

    @Test
    void a_mediation_certificate_is_due_within_3_working_days() {
        assertThat(due(MEDIATION_CERTIFICATE, of(2025, 12, 23))).isEqualTo(of(2025, 12, 30));
    }

    @Test
    void a_decision_sent_25_Oct_2025_can_be_appealed_until_the_first_working_day_of_2026() {
        Deadline appeal = book.deadline(TRIBUNAL_APPEAL, of(2025, 10, 25));

        assertThat(appeal.dueOn()).isEqualTo(of(2026, 1, 2));
        assertThat(appeal.explanation()).startsWith("Tribunal appeal due 2 Jan 2026: 2 months from 25 Oct 2025 (25 Dec 2025")
                .endsWith("r.20(1)(c)(i)");
    }

    @Test
    void a_decision_sent_15_Jun_2025_can_be_appealed_until_the_first_working_day_of_September() {
        assertThat(due(TRIBUNAL_APPEAL, of(2025, 6, 15))).isEqualTo(of(2025, 9, 1));
    }

    @Test
    void unopposed_appeals_have_their_own_shorter_limits() {
        LocalDate notified = of(2025, 7, 14);
        assertThat(due(UNOPPOSED_APPEAL_ASSESSMENT_NOTICE, notified)).isEqualTo(of(2025, 7, 28));
        assertThat(due(UNOPPOSED_APPEAL_NO_PLAN_NOTICE, notified)).isEqualTo(of(2025, 9, 22));
        assertThat(due(UNOPPOSED_APPEAL_FINAL_PLAN, notified)).isEqualTo(of(2025, 10, 20));
        assertThat(due(UNOPPOSED_APPEAL_AMENDED_PLAN, notified)).isEqualTo(of(2025, 8, 18));
    }

    @Test
    void a_child_looked_after_from_Fri_19_Dec_2025_needs_a_health_assessment_by_Wed_21_Jan_2026() {
        assertThat(due(LOOKED_AFTER_HEALTH_ASSESSMENT, of(2025, 12, 19))).isEqualTo(of(2026, 1, 21));
    }

    @Test
    void every_rule_key_has_exactly_one_standard_rule_in_force_from_1_Sep_2014() {
        assertThat(book.rules()).extracting(StatutoryRule::key).containsExactlyElementsOf(RuleKeys.all());
        assertThat(book.rules()).allSatisfy(rule -> {
            assertThat(rule.effectiveFrom()).isEqualTo(of(2014, 9, 1));
            assertThat(rule.effectiveTo()).isNull();
            assertThat(rule.citation()).isNotBlank();
        });
    }

    @Test
    void an_unknown_rule_key_is_refused() {
        assertThatThrownBy(() -> book.rule("noSuchRule", of(2025, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown rule key 'noSuchRule'");
    }

    @Test
    void no_rule_is_in_force_before_the_2014_reforms_commenced() {
        assertThatThrownBy(() -> book.deadline(FINAL_PLAN, of(2014, 8, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in force on 2014-08-31");
        assertThat(book.deadline(FINAL_PLAN, of(2014, 9, 1)).dueOn()).isEqualTo(of(2015, 1, 19));
    }

    @Test
    void a_new_version_of_a_rule_applies_only_to_anchors_from_its_start_date() {
        StatutoryRule standard = book.rule(FINAL_PLAN, of(2025, 1, 1));
        StatutoryRule reformed = new StatutoryRule(FINAL_PLAN, "Final plan", "hypothetical reform", new Weeks(18),
                of(2029, 9, 1), null);

        RuleBook reformedBook = book.withRule(reformed);

        assertThat(reformedBook.rule(FINAL_PLAN, of(2029, 8, 31))).isEqualTo(standard);
        assertThat(reformedBook.rule(FINAL_PLAN, of(2029, 9, 1))).isEqualTo(reformed);
        assertThat(reformedBook.deadline(FINAL_PLAN, of(2029, 9, 3)).dueOn()).isEqualTo(of(2030, 1, 7));
        assertThat(book.rule(FINAL_PLAN, of(2029, 9, 1))).as("the original book is unchanged").isEqualTo(standard);
    }

    @Test
    void a_version_with_the_same_start_date_replaces_the_old_one() {
        StatutoryRule localKpi = book.rule(LOOKED_AFTER_HEALTH_ASSESSMENT, of(2025, 1, 1)).withLimit(new CalendarDays(28));

        RuleBook local = book.withRule(localKpi);

        assertThat(local.rules()).hasSameSizeAs(book.rules());
        assertThat(local.deadline(LOOKED_AFTER_HEALTH_ASSESSMENT, of(2022, 9, 12)).dueOn()).isEqualTo(of(2022, 10, 10));
    }

    @Test
    void working_day_limits_follow_the_bank_holidays_the_book_is_given() {
        RuleBook noHolidays = book.withBankHolidays(BankHolidays.of(List.of()));

        assertThat(noHolidays.deadline(LOOKED_AFTER_HEALTH_ASSESSMENT, of(2022, 9, 12)).dueOn())
                .as("19 Sep 2022 now counts").isEqualTo(of(2022, 10, 10));
        assertThat(noHolidays.rules()).isEqualTo(book.rules());
    }

    @Test
    void a_rule_is_in_force_between_its_dates_inclusive() {
        StatutoryRule rule = new StatutoryRule("k", "t", "c", new Weeks(1), of(2020, 1, 1), of(2020, 12, 31));

        assertThat(rule.inForceOn(of(2019, 12, 31))).isFalse();
        assertThat(rule.inForceOn(of(2020, 1, 1))).isTrue();
        assertThat(rule.inForceOn(of(2020, 12, 31))).isTrue();
        assertThat(rule.inForceOn(of(2021, 1, 1))).isFalse();
        assertThatThrownBy(() -> new StatutoryRule("k", "t", "c", new Weeks(1), of(2020, 1, 1), of(2019, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_deadline_can_be_rekeyed_for_one_advice_request() {
        Deadline advice = book.deadline(ADVICE, of(2025, 7, 14)).withKey("advice:42");

        assertThat(advice.key()).isEqualTo("advice:42");
        assertThat(advice.rule().key()).isEqualTo(ADVICE);
    }
}
