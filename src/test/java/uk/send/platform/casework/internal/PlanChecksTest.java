package uk.send.platform.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.send.platform.casework.PlanChange;
import uk.send.platform.casework.PlanFlag;
import uk.send.platform.casework.PlanItem;
import uk.send.platform.casework.PlanSection;
import uk.send.platform.kernel.InvalidInput;

class PlanChecksTest {

    private static final PlanItem VIEWS = item("A1", PlanSection.A, "Amelia loves drawing and wants to be a vet");
    private static final PlanItem NEED = item("B1", PlanSection.B, "Difficulty understanding spoken language");
    private static final PlanItem OUTCOME = new PlanItem("E1", PlanSection.E, "Follows two-step instructions in class",
            LocalDate.of(2026, 7, 31), null, null, null, List.of("B1"));
    private static final PlanItem PROVISION = new PlanItem("F1", PlanSection.F,
            "Individual speech and language therapy on understanding instructions", null, "Weekly",
            "40 minutes a session, until July 2026", "Speech and language therapist", List.of("B1", "E1"));

    @Test
    void a_plan_whose_every_need_is_met_by_quantified_provision_has_no_flags() {
        assertThat(PlanChecks.of(List.of(VIEWS, NEED, OUTCOME, PROVISION))).isEmpty();
    }

    @Test
    void a_need_with_no_provision_or_outcome_is_an_unmet_need() {
        PlanItem second = item("B2", PlanSection.B, "Anxiety in busy places");
        assertThat(PlanChecks.of(List.of(VIEWS, NEED, second, OUTCOME, PROVISION)))
                .extracting(PlanFlag::kind, PlanFlag::itemKey)
                .containsExactly(tuple(PlanFlag.Kind.UNMET_NEED, "B2"),
                        tuple(PlanFlag.Kind.UNMET_NEED, "B2"));
    }

    @Test
    void provision_that_serves_no_need_is_flagged() {
        PlanItem orphan = new PlanItem("F2", PlanSection.F, "Weekly swimming lesson", null, "Weekly", "1 hour",
                "Swimming instructor", List.of());
        assertThat(PlanChecks.of(List.of(VIEWS, NEED, OUTCOME, PROVISION, orphan)))
                .extracting(PlanFlag::kind).containsExactly(PlanFlag.Kind.PROVISION_WITHOUT_NEED);
    }

    @Test
    void vague_and_unquantified_provision_is_named() {
        PlanItem vague = new PlanItem("F2", PlanSection.F, "Access to regular speech and language therapy as appropriate",
                null, null, null, null, List.of("B1"));
        List<PlanFlag> flags = PlanChecks.of(List.of(VIEWS, NEED, OUTCOME, PROVISION, vague));
        assertThat(flags).extracting(PlanFlag::kind)
                .containsExactlyInAnyOrder(PlanFlag.Kind.NOT_QUANTIFIED, PlanFlag.Kind.VAGUE_WORDING);
        assertThat(flags).filteredOn(f -> f.kind() == PlanFlag.Kind.VAGUE_WORDING).singleElement()
                .extracting(PlanFlag::message).asString()
                .contains("\"access to\"").contains("\"regular\"").contains("\"as appropriate\"");
    }

    @Test
    void words_that_only_contain_a_vague_phrase_are_not_flagged() {
        PlanItem fine = new PlanItem("F2", PlanSection.F, "Irregular verbs practised with a mayfly game", null,
                "Daily", "10 minutes", "Teaching assistant", List.of("B1"));
        assertThat(PlanChecks.of(List.of(VIEWS, NEED, OUTCOME, PROVISION, fine))).isEmpty();
    }

    @Test
    void an_outcome_without_a_timescale_cannot_be_reviewed() {
        PlanItem undated = new PlanItem("E2", PlanSection.E, "Makes friends", null, null, null, null, List.of("B1"));
        assertThat(PlanChecks.of(List.of(VIEWS, NEED, OUTCOME, PROVISION, undated)))
                .extracting(PlanFlag::kind).containsExactly(PlanFlag.Kind.NO_TIMESCALE);
    }

    @Test
    void an_empty_plan_is_missing_its_core_sections() {
        assertThat(PlanChecks.of(List.of())).extracting(PlanFlag::kind).containsOnly(PlanFlag.Kind.EMPTY_SECTION)
                .hasSize(4);
    }

    @Test
    void new_entries_get_the_next_key_in_their_section_and_links_must_follow_the_thread() {
        List<PlanItem> keyed = PlanKeys.assign(List.of(NEED, item(null, PlanSection.B, "Sensory needs"),
                item(null, PlanSection.H2, "Short breaks")));
        assertThat(keyed).extracting(PlanItem::key).containsExactly("B1", "B2", "H2-1");
        PlanItem backwards = new PlanItem("B3", PlanSection.B, "Need", null, null, null, null, List.of("F1"));
        assertThatThrownBy(() -> PlanKeys.assign(List.of(PROVISION, NEED, OUTCOME, backwards)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("cannot serve");
        assertThatThrownBy(() -> PlanKeys.assign(List.of(item("F1", PlanSection.B, "wrong section"))))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void versions_are_compared_entry_by_entry() {
        PlanItem changed = new PlanItem("F1", PlanSection.F, PROVISION.text(), null, "Twice weekly",
                PROVISION.duration(), PROVISION.deliveredBy(), PROVISION.serves());
        PlanItem added = item("A2", PlanSection.A, "Her parents want her to go to the local secondary school");
        List<PlanChange> changes = PlanDiff.between(List.of(VIEWS, NEED, OUTCOME, PROVISION),
                List.of(VIEWS, added, OUTCOME, changed));
        assertThat(changes).extracting(PlanChange::key, PlanChange::kind).containsExactly(
                tuple("A2", PlanChange.Kind.ADDED),
                tuple("B1", PlanChange.Kind.REMOVED),
                tuple("F1", PlanChange.Kind.CHANGED));
    }

    private static PlanItem item(String key, PlanSection section, String text) {
        return new PlanItem(key, section, text, null, null, null, null, List.of());
    }
}
