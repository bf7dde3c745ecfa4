package uk.send.platform.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.send.platform.kernel.InvalidInput;

class RiskMatrixTest {

    /** The NPSA grading written out by hand for every cell of the 5x5 grid (statutory-rules.md section 6). */
    private static final String[][] NPSA_BY_HAND = {
            // likelihood 1..5 across, consequence 1..5 down
            {"LOW", "LOW", "LOW", "MODERATE", "MODERATE"},
            {"LOW", "MODERATE", "MODERATE", "HIGH", "HIGH"},
            {"LOW", "MODERATE", "HIGH", "HIGH", "EXTREME"},
            {"MODERATE", "HIGH", "HIGH", "EXTREME", "EXTREME"},
            {"MODERATE", "HIGH", "EXTREME", "EXTREME", "EXTREME"}};

    @Test
    void every_cell_of_the_grid_scores_consequence_times_likelihood_and_takes_the_npsa_band() {
        RiskMatrix npsa = RiskMatrix.npsa();
        for (int c = 1; c <= 5; c++) {
            for (int l = 1; l <= 5; l++) {
                assertThat(RiskMatrix.score(c, l)).as("%d x %d", c, l).isEqualTo(c * l);
                assertThat(npsa.band(c, l).code()).as("band of %d x %d", c, l).isEqualTo(NPSA_BY_HAND[c - 1][l - 1]);
            }
        }
    }

    @Test
    void every_product_from_1_to_25_falls_in_the_band_whose_range_holds_it() {
        RiskMatrix npsa = RiskMatrix.npsa();
        for (int c = 1; c <= 5; c++) {
            for (int l = 1; l <= 5; l++) {
                int s = c * l;
                String expected = s <= 3 ? "LOW" : s <= 6 ? "MODERATE" : s <= 12 ? "HIGH" : "EXTREME";
                assertThat(npsa.band(s).code()).as("score %d", s).isEqualTo(expected);
            }
        }
    }

    @Test
    void a_local_area_band_set_grades_every_product_by_its_own_ranges() {
        // The repository example in statutory-rules.md: Low 1-8, Medium 9-14, High 15-25.
        RiskMatrix own = new RiskMatrix(List.of(
                new RiskBand("LOW", "Low", 1, 8, 120, false, "green"),
                new RiskBand("MEDIUM", "Medium", 9, 14, 60, false, "amber"),
                new RiskBand("HIGH", "High", 15, 25, 7, true, "red")));
        for (int c = 1; c <= 5; c++) {
            for (int l = 1; l <= 5; l++) {
                int s = c * l;
                String expected = s <= 8 ? "LOW" : s <= 14 ? "MEDIUM" : "HIGH";
                assertThat(own.band(c, l).code()).as("%d x %d = %d", c, l, s).isEqualTo(expected);
            }
        }
        assertThat(own.band(3, 3).code()).isEqualTo("MEDIUM");
        assertThat(RiskMatrix.npsa().band(3, 3).code()).isEqualTo("HIGH");
    }

    @Test
    void the_next_review_is_the_bands_interval_after_the_review_day() {
        LocalDate reviewed = LocalDate.of(2026, 11, 30);
        RiskMatrix npsa = RiskMatrix.npsa();
        assertThat(npsa.nextReview(2, reviewed)).isEqualTo(LocalDate.of(2027, 5, 29)); // Low: 180 days
        assertThat(npsa.nextReview(6, reviewed)).isEqualTo(LocalDate.of(2027, 2, 28)); // Moderate: 90 days
        assertThat(npsa.nextReview(12, reviewed)).isEqualTo(LocalDate.of(2026, 12, 30)); // High: 30 days
        assertThat(npsa.nextReview(25, reviewed)).isEqualTo(LocalDate.of(2026, 12, 14)); // Extreme: 14 days
        RiskMatrix own = new RiskMatrix(List.of(
                new RiskBand("LOW", "Low", 1, 8, 120, false, "green"),
                new RiskBand("HIGH", "High", 9, 25, 7, true, "red")));
        assertThat(own.nextReview(8, reviewed)).isEqualTo(reviewed.plusDays(120));
        assertThat(own.nextReview(9, reviewed)).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void only_the_extreme_band_escalates_by_default() {
        RiskMatrix npsa = RiskMatrix.npsa();
        for (int s : new int[] {1, 2, 3, 4, 5, 6, 8, 9, 10, 12}) {
            assertThat(npsa.band(s).escalate()).as("score %d", s).isFalse();
        }
        for (int s : new int[] {15, 16, 20, 25}) {
            assertThat(npsa.band(s).escalate()).as("score %d", s).isTrue();
        }
    }

    @Test
    void a_consequence_or_likelihood_outside_1_to_5_is_refused_naming_the_field() {
        for (int bad : new int[] {0, 6, -1, 25}) {
            assertThatThrownBy(() -> RiskMatrix.score(bad, 3)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("consequence"));
            assertThatThrownBy(() -> RiskMatrix.score(3, bad)).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("likelihood"));
        }
        assertThatThrownBy(() -> RiskMatrix.score(null, null)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).hasSize(2));
    }

    @Test
    void a_band_set_that_leaves_a_score_out_or_counts_one_twice_is_refused() {
        assertThatThrownBy(() -> new RiskMatrix(List.of(
                new RiskBand("LOW", "Low", 1, 8, 120, false, "green"),
                new RiskBand("HIGH", "High", 10, 25, 7, true, "red"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("9");
        assertThatThrownBy(() -> new RiskMatrix(List.of(
                new RiskBand("LOW", "Low", 1, 10, 120, false, "green"),
                new RiskBand("HIGH", "High", 10, 25, 7, true, "red"))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("10");
        // 7 is no product of two numbers from 1 to 5, so a gap there is allowed
        assertThat(new RiskMatrix(List.of(
                new RiskBand("LOW", "Low", 1, 6, 120, false, "green"),
                new RiskBand("HIGH", "High", 8, 25, 7, true, "red"))).band(8).code()).isEqualTo("HIGH");
    }
}
