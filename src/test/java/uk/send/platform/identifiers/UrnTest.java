package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {

    @ParameterizedTest(name = "{0} is a valid school URN")
    @ValueSource(strings = {"100000", "137012", "999999", " 146789 "})
    void six_digit_urns_from_100000_to_999999_are_accepted(String input) {
        assertThat(Urn.isValid(input)).isTrue();
        assertThat(Urn.of(input).value()).isEqualTo(input.strip());
    }

    @ParameterizedTest(name = "{0} is not a valid school URN")
    @ValueSource(strings = {"099999", "12345", "1000000", "12345A", "1 2345"})
    void anything_else_is_rejected_with_the_allowed_range(String input) {
        assertThatThrownBy(() -> Urn.of(input))
                .hasMessage("Enter a valid school unique reference number (URN): it must be 6 digits from 100000 to 999999");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_urn_asks_the_user_to_enter_one(String input) {
        assertThatThrownBy(() -> Urn.of(input)).hasMessage("Enter a school unique reference number (URN)");
    }

    @Test
    void two_urns_with_the_same_digits_are_equal() {
        assertThat(Urn.of("137012")).isEqualTo(Urn.of(" 137012 ")).hasToString("137012");
    }
}
