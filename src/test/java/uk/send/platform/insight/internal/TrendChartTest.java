package uk.send.platform.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendChartTest {

    private static TrendChart.Point point(String label, String value) {
        return new TrendChart.Point(label, value == null ? null : new BigDecimal(value));
    }

    @Test
    void the_chart_is_an_image_with_a_title_and_a_description_that_tells_the_story() {
        String svg = TrendChart.svg("t", "Plans issued within 20 weeks & more", "%", List.of(point("Jan 2025", "40.0"),
                point("Feb 2025", "33.3"), point("Mar 2025", "50.0")));
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-labelledby=\"t-title t-desc\"")
                .contains("<title id=\"t-title\">Plans issued within 20 weeks &amp; more</title>")
                .contains("From 40% in Jan 2025 to 50% in Mar 2025; lowest 33.3% in Feb 2025, highest 50% in Mar 2025.")
                .doesNotContain("style=");
    }

    @Test
    void a_month_without_a_value_leaves_a_gap_in_the_line() {
        String svg = TrendChart.svg("t", "x", "", List.of(point("Jan", "1"), point("Feb", null), point("Mar", "2")));
        assertThat(svg).containsPattern("d=\"M[0-9.]+ [0-9.]+ M[0-9.]+ [0-9.]+\"");
        assertThat(TrendChart.describe(List.of(point("Jan", null)), "")).isEqualTo("No values to show for these months.");
    }

    @Test
    void the_scale_ends_on_a_round_number_at_or_above_the_highest_value() {
        assertThat(TrendChart.niceCeiling(new BigDecimal("33.3"))).isEqualByComparingTo("50");
        assertThat(TrendChart.niceCeiling(new BigDecimal("100"))).isEqualByComparingTo("100");
        assertThat(TrendChart.niceCeiling(new BigDecimal("5725"))).isEqualByComparingTo("10000");
        assertThat(TrendChart.niceCeiling(BigDecimal.ZERO)).isEqualByComparingTo("1");
    }
}
