package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Worked examples from statutory-rules.md section 5.1 (NHS Data Dictionary, NHS NUMBER). */
class NhsNumberTest {

    @ParameterizedTest(name = "{0} is a valid NHS number")
    @ValueSource(strings = {"9434765919", "943 476 5919", "4010232137", "9876543210", "1234567881"})
    void the_valid_worked_examples_are_accepted(String input) {
        assertThat(NhsNumber.isValid(input)).isTrue();
        assertThat(NhsNumber.of(input).value()).doesNotContain(" ").hasSize(10);
    }

    @ParameterizedTest(name = "{0} is not a valid NHS number")
    @ValueSource(strings = {"9434765918", "4010232138", "1234567890", "123456789", "943476591A"})
    void the_invalid_worked_examples_are_rejected(String input) {
        assertThat(NhsNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(input))
                .isInstanceOf(InvalidIdentifierException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_wrong_last_digit_is_reported_as_a_check_digit_that_does_not_match() {
        assertThatThrownBy(() -> NhsNumber.of("9434765918"))
                .hasMessage("Enter a valid NHS number: the check digit does not match");
    }

    @Test
    void an_nhs_number_whose_check_digit_would_be_10_is_never_valid() {
        assertThat(NhsNumber.checkDigitFor("123456789")).isEmpty();
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("123456789" + last)).isFalse();
        }
    }

    @Test
    void a_check_digit_of_11_is_written_as_0() {
        assertThat(NhsNumber.checkDigitFor("987654321")).hasValue(0);
        assertThat(NhsNumber.isValid("9876543210")).isTrue();
    }

    @Test
    void the_check_digit_can_be_worked_out_for_demo_data() {
        assertThat(NhsNumber.checkDigitFor("943476591")).hasValue(9);
        assertThat(NhsNumber.checkDigitFor("401023213")).hasValue(7);
    }

    @Test
    void spaces_and_hyphens_typed_by_the_user_are_ignored() {
        assertThat(NhsNumber.of(" 943-476-5919 ")).isEqualTo(NhsNumber.of("9434765919"));
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
    }

    @Test
    void an_nhs_number_is_shown_in_groups_of_3_3_and_4_digits() {
        assertThat(NhsNumber.of("9434765919").formatted()).isEqualTo("943 476 5919");
        assertThat(NhsNumber.of("9434765919")).hasToString("9434765919");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "94347659190", "943476591A", "٩٤٣٤٧٦٥٩١٩"})
    void a_number_that_is_not_10_plain_digits_asks_for_10_digits(String input) {
        assertThatThrownBy(() -> NhsNumber.of(input))
                .hasMessage("Enter a valid NHS number: it must be 10 digits, like 943 476 5919");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - "})
    void a_missing_nhs_number_asks_the_user_to_enter_one(String input) {
        assertThat(NhsNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(input)).hasMessage("Enter an NHS number");
    }

    @Test
    void the_error_message_never_repeats_the_number_typed() {
        assertThatThrownBy(() -> NhsNumber.of("9434765918")).message().doesNotContain("943");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "1234567890", "12345678A"})
    void a_check_digit_is_only_worked_out_for_exactly_9_digits(String input) {
        assertThatThrownBy(() -> NhsNumber.checkDigitFor(input)).isInstanceOf(InvalidIdentifierException.class);
    }
}
