package uk.send.platform.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ChoicesTest {

    @Test
    void the_options_of_a_select_keep_the_order_they_were_given_in() {
        assertThat(Choices.of(List.of("team-b", "team-a"), s -> s, String::toUpperCase))
                .containsExactly(java.util.Map.entry("team-b", "TEAM-B"), java.util.Map.entry("team-a", "TEAM-A"));
    }

    @Test
    void a_plain_list_of_values_is_shown_as_it_is() {
        assertThat(Choices.same(List.of(6, 12))).containsExactly(java.util.Map.entry("6", "6"),
                java.util.Map.entry("12", "12"));
    }

    @Test
    void an_enum_offers_each_constant_by_name() {
        assertThat(Choices.of(new DayOfWeek[] {DayOfWeek.MONDAY}, d -> "Mon"))
                .containsExactly(java.util.Map.entry("MONDAY", "Mon"));
    }
}
