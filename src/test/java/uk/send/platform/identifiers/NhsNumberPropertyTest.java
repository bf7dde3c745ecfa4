package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** Properties of the NHS Data Dictionary Modulus 11 check, over any 9-digit stem. */
class NhsNumberPropertyTest {

    @Property
    void any_9_digit_stem_with_a_check_digit_makes_a_valid_nhs_number(
            @ForAll @StringLength(9) @NumericChars String stem) {
        OptionalInt check = NhsNumber.checkDigitFor(stem);
        Assume.that(check.isPresent());

        assertThat(NhsNumber.isValid(stem + check.getAsInt())).isTrue();
    }

    @Property
    void a_stem_whose_check_digit_would_be_10_never_makes_a_valid_nhs_number(
            @ForAll @StringLength(8) @NumericChars String firstEight, @ForAll @IntRange(max = 9) int last) {
        // Only 1 stem in 11 has no check digit, so search the ninth digit rather than discard samples.
        Optional<String> stem = IntStream.rangeClosed(0, 9).mapToObj(ninth -> firstEight + ninth)
                .filter(candidate -> NhsNumber.checkDigitFor(candidate).isEmpty())
                .findFirst();
        Assume.that(stem.isPresent());

        assertThat(NhsNumber.isValid(stem.get() + last)).isFalse();
    }

    @Property
    void changing_any_single_digit_of_a_valid_nhs_number_makes_it_invalid(
            @ForAll @StringLength(9) @NumericChars String stem,
            @ForAll @IntRange(max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        OptionalInt check = NhsNumber.checkDigitFor(stem);
        Assume.that(check.isPresent());
        char[] digits = (stem + check.getAsInt()).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(NhsNumber.isValid(new String(digits))).isFalse();
    }

    @Property
    void a_formatted_nhs_number_reads_back_as_the_same_number(
            @ForAll @StringLength(9) @NumericChars String stem) {
        OptionalInt check = NhsNumber.checkDigitFor(stem);
        Assume.that(check.isPresent());
        NhsNumber number = NhsNumber.of(stem + check.getAsInt());

        assertThat(NhsNumber.of(number.formatted())).isEqualTo(number);
        assertThat(NhsNumber.of(number.value())).isEqualTo(number);
        assertThat(number.formatted().replace(" ", "")).isEqualTo(number.value());
    }
}
