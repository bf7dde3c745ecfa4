package uk.send.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class JsonTextTest {

    @Test
    void it_reads_every_kind_of_JSON_value() {
        Object value = JsonText.parse(" {\"a\": [1, -2.5e1, true, false, null], \"b\": {}, \"c\": [], "
                + "\"d\": \"q\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\"} ");

        assertThat(value).isEqualTo(Map.of(
                "a", Arrays.asList(1.0, -25.0, true, false, null),
                "b", Map.of(),
                "c", List.of(),
                "d", "q\"\\/\b\f\n\r\té"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "[1,]", "{\"a\" 1}", "{a: 1}", "01", "-", "1.", "tru", "\"open", "\"tab\there\"",
        "[1] [2]", "{\"a\": \"\\u12\"}"})
    void it_rejects_malformed_JSON(String text) {
        assertThatThrownBy(() -> JsonText.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("malformed JSON at character");
    }

    @Test
    void it_refuses_absurdly_deep_nesting_rather_than_overflowing_the_stack() {
        assertThatThrownBy(() -> JsonText.parse("[".repeat(10_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested too deeply");
    }
}
