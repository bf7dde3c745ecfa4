package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.send.platform.kernel.FieldProblem;
import uk.send.platform.kernel.RecordNotFound;

class AdviceFormsTest {

    final AdviceForms forms = new AdviceForms();

    @Test
    void every_kind_of_advice_has_a_form_asking_for_needs_outcomes_and_provision() {
        for (AdviceKind kind : AdviceKind.values()) {
            AdviceForm form = forms.current(kind);
            assertThat(form.code()).isEqualTo(kind.formCode());
            assertThat(form.question("needs")).as(kind + " needs").isPresent();
            assertThat(form.question("outcomes")).as(kind + " outcomes").isPresent();
            assertThat(form.question("provision")).as(kind + " provision").hasValueSatisfying(q ->
                    assertThat(q.provision()).isTrue());
            assertThat(form.questions()).extracting(Question::key).doesNotHaveDuplicates();
        }
    }

    @Test
    void health_advice_follows_appendix_c_with_provision_over_and_above_what_is_ordinarily_available() {
        AdviceForm health = forms.current(AdviceKind.HEALTH);
        assertThat(health.title()).contains("Appendix C");
        assertThat(health.question("provision").orElseThrow().label()).contains("over and above what is ordinarily available");
        assertThat(forms.version("health-appendix-c", 1)).isEqualTo(health);
        assertThatThrownBy(() -> forms.version("health-appendix-c", 99)).isInstanceOf(RecordNotFound.class);
    }

    @Test
    void a_draft_may_be_incomplete_but_a_submission_answers_every_required_question() {
        AdviceForm health = forms.current(AdviceKind.HEALTH);
        AdviceAnswers partial = new AdviceAnswers(Map.of("author", "Dr A Patel"), Map.of());

        assertThat(FormRules.draft(health, partial)).isEmpty();
        assertThat(FormRules.submission(health, partial)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("q-sources", "q-diagnoses", "q-needs", "q-outcomes");
    }

    @Test
    void each_line_of_provision_says_what_how_often_and_who() {
        AdviceForm health = forms.current(AdviceKind.HEALTH);
        AdviceAnswers answers = new AdviceAnswers(complete(), Map.of("provision", List.of(
                new ProvisionRow("Speech and language therapy", "Weekly, 30 minutes", "NHS SLT"),
                new ProvisionRow("", "", ""),
                new ProvisionRow("Sensory diet", "", "Teaching assistant"))));

        assertThat(answers.rows("provision")).hasSize(2);
        assertThat(FormRules.submission(health, answers)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("q-provision-1-frequency");
            assertThat(p.message()).isEqualTo("Line 2 of provision: enter how often and for how long");
        });
    }

    @Test
    void answers_to_questions_the_form_does_not_ask_are_refused() {
        AdviceForm health = forms.current(AdviceKind.HEALTH);
        AdviceAnswers answers = new AdviceAnswers(Map.of("shoeSize", "4"), Map.of("therapies", List.of(
                new ProvisionRow("a", "b", "c"))));

        assertThat(FormRules.draft(health, answers)).extracting(FieldProblem::field)
                .containsExactly("shoeSize", "therapies");
    }

    @Test
    void overlong_answers_are_refused_even_in_a_draft() {
        AdviceForm health = forms.current(AdviceKind.HEALTH);
        AdviceAnswers answers = new AdviceAnswers(Map.of("needs", "x".repeat(Question.MAX_LENGTH + 1)), Map.of());

        assertThat(FormRules.draft(health, answers)).extracting(FieldProblem::field).containsExactly("q-needs");
    }

    private static Map<String, String> complete() {
        return Map.of("author", "Dr A Patel", "sources", "Clinic", "diagnoses", "Autism", "needs", "Quiet space",
                "outcomes", "Asks for help");
    }
}
