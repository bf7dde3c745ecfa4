package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked examples from statutory-rules.md section 5.2 (GDSC UPN v2.0). */
class UpnTest {

    @ParameterizedTest(name = "{0} is a valid UPN")
    @ValueSource(strings = {"B801200005001", "P207000016049", "Q936123420001", "B93612342000A", "M93612342000Z"})
    void the_valid_worked_examples_are_accepted(String input) {
        assertThat(Upn.isValid(input)).isTrue();
        assertThat(Upn.of(input).value()).isEqualTo(input);
    }

    @ParameterizedTest(name = "{0} is not a valid UPN")
    @ValueSource(strings = {"A801200005001", "Q207000016049", "X80120000A001"})
    void the_invalid_worked_examples_are_rejected(String input) {
        assertThat(Upn.isValid(input)).isFalse();
        assertThatThrownBy(() -> Upn.of(input)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void the_miscalculated_juniper_example_B207000016049_is_not_a_valid_upn() {
        // Juniper Education "Census Error 1510" sums to 267 (letter Q); the true sum is 266, letter P.
        assertThat(Upn.isValid("B207000016049")).isFalse();
        assertThat(Upn.isValid("P207000016049")).isTrue();
        assertThat(Upn.checkLetterFor("207000016049")).isEqualTo('P');
    }

    @Test
    void a_wrong_check_letter_is_reported_as_a_check_letter_that_does_not_match() {
        assertThatThrownBy(() -> Upn.of("A801200005001"))
                .hasMessage("Enter a valid unique pupil number (UPN): the check letter does not match");
    }

    @Test
    void a_upn_ending_in_a_letter_is_temporary_and_one_ending_in_a_digit_is_permanent() {
        assertThat(Upn.of("B93612342000A").isTemporary()).isTrue();
        assertThat(Upn.of("M93612342000Z").isTemporary()).isTrue();
        assertThat(Upn.of("Q936123420001").isTemporary()).isFalse();
    }

    @Test
    void the_la_number_is_characters_2_to_4() {
        assertThat(Upn.of("P207000016049").laCode()).isEqualTo("207");
        assertThat(Upn.of("B801200005001").laCode()).isEqualTo("801");
    }

    @Test
    void lower_case_and_surrounding_spaces_are_accepted_and_stored_in_upper_case() {
        Upn upn = Upn.of("  b93612342000a ");

        assertThat(upn.value()).isEqualTo("B93612342000A");
        assertThat(upn).isEqualTo(Upn.of("B93612342000A")).hasToString("B93612342000A");
    }

    @ParameterizedTest(name = "a temporary UPN cannot end in {0}")
    @ValueSource(strings = {"I", "O", "S"})
    void i_o_and_s_are_never_the_last_letter_of_a_temporary_upn(String letter) {
        for (char check : Upn.ALPHABET.toCharArray()) {
            assertThat(Upn.isValid(check + "93612342000" + letter)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} is never a check letter")
    @ValueSource(strings = {"I", "O", "S"})
    void i_o_and_s_are_never_check_letters(String letter) {
        for (int last = 0; last <= 9; last++) {
            assertThat(Upn.isValid(letter + "93612342000" + last)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"B80120000500", "B8012000050011", "880120000500", "B8012000050.1", "BB01200005001"})
    void a_upn_of_the_wrong_shape_is_rejected(String input) {
        assertThat(Upn.isValid(input)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void a_missing_upn_asks_the_user_to_enter_one(String input) {
        assertThatThrownBy(() -> Upn.of(input)).hasMessage("Enter a unique pupil number (UPN)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"20700001604", "2070000160491", "20700001604I", "2070000160A9"})
    void a_check_letter_is_only_worked_out_for_11_digits_and_a_final_digit_or_letter(String input) {
        assertThatThrownBy(() -> Upn.checkLetterFor(input)).isInstanceOf(InvalidIdentifierException.class);
    }
}
