package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The LRS ULN check digit, with examples matching the ESFA ILR validation service's own tests. */
class UlnTest {

    @ParameterizedTest(name = "{0} is a valid ULN")
    @ValueSource(strings = {"1000000043", "1234567899", "5000000004", " 3000000002 "})
    void uln_s_with_a_matching_check_digit_are_accepted(String input) {
        assertThat(Uln.isValid(input)).isTrue();
        assertThat(Uln.of(input).value()).isEqualTo(input.strip());
    }

    @Test
    void a_wrong_last_digit_is_reported_as_a_check_digit_that_does_not_match() {
        assertThatThrownBy(() -> Uln.of("1000000042"))
                .hasMessage("Enter a valid unique learner number (ULN): the check digit does not match");
    }

    @Test
    void a_uln_whose_check_digit_would_be_10_is_never_valid() {
        assertThat(Uln.checkDigitFor("100000006")).isEmpty();
        for (int last = 0; last <= 9; last++) {
            assertThat(Uln.isValid("100000006" + last)).isFalse();
        }
    }

    @Test
    void a_uln_cannot_start_with_0_even_when_its_check_digit_matches() {
        assertThatThrownBy(() -> Uln.of("0000000042"))
                .hasMessage("Enter a valid unique learner number (ULN): it cannot start with 0");
    }

    @Test
    void the_ilr_placeholder_for_an_unknown_uln_is_not_accepted_as_a_uln() {
        assertThat(Uln.isValid("9999999999")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"100000004", "10000000433", "100000004A", "1000 000 043"})
    void a_uln_that_is_not_10_digits_is_rejected(String input) {
        assertThatThrownBy(() -> Uln.of(input))
                .hasMessage("Enter a valid unique learner number (ULN): it must be 10 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void a_missing_uln_asks_the_user_to_enter_one(String input) {
        assertThatThrownBy(() -> Uln.of(input)).hasMessage("Enter a unique learner number (ULN)");
    }

    @Test
    void the_check_digit_can_be_worked_out_for_demo_data() {
        assertThat(Uln.checkDigitFor("100000004")).hasValue(3);
        assertThat(Uln.checkDigitFor("123456789")).hasValue(9);
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345678", "12345678", "1234567890", "12345678X"})
    void a_check_digit_is_only_worked_out_for_9_digits_not_starting_with_0(String input) {
        assertThatThrownBy(() -> Uln.checkDigitFor(input)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void two_uln_s_with_the_same_digits_are_equal() {
        assertThat(Uln.of("1000000043")).isEqualTo(Uln.of(" 1000000043")).hasToString("1000000043");
    }
}
