package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LaCodeTest {

    @ParameterizedTest(name = "{0} is a valid local authority code")
    @ValueSource(strings = {"201", "207", "801", "936", "938", "999"})
    void three_digit_codes_from_201_to_999_are_accepted(String input) {
        assertThat(LaCode.isValid(input)).isTrue();
        assertThat(LaCode.of(input).value()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0} is not a valid local authority code")
    @ValueSource(strings = {"200", "000", "099", "20", "2010", "20A"})
    void anything_else_is_rejected_with_the_allowed_range(String input) {
        assertThatThrownBy(() -> LaCode.of(input))
                .hasMessage("Enter a valid local authority code: it must be 3 digits from 201 to 999");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_code_asks_the_user_to_enter_one(String input) {
        assertThatThrownBy(() -> LaCode.of(input)).hasMessage("Enter a local authority code");
    }

    @Test
    void the_la_number_inside_a_upn_is_a_valid_la_code() {
        assertThat(LaCode.of(Upn.of("P207000016049").laCode())).isEqualTo(LaCode.of(" 207 "));
    }
}
