package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Properties of the LRS ULN check digit over any stem from 100000000 to 999999999. */
class UlnPropertyTest {

    @Property
    void any_stem_with_a_check_digit_makes_a_valid_uln(
            @ForAll @LongRange(min = 100_000_000L, max = 999_999_999L) long stem) {
        OptionalInt check = Uln.checkDigitFor(Long.toString(stem));
        Assume.that(check.isPresent());

        assertThat(Uln.isValid(Long.toString(stem) + check.getAsInt())).isTrue();
    }

    @Property
    void changing_any_single_digit_of_a_valid_uln_makes_it_invalid(
            @ForAll @LongRange(min = 100_000_000L, max = 999_999_999L) long stem,
            @ForAll @IntRange(max = 9) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        OptionalInt check = Uln.checkDigitFor(Long.toString(stem));
        Assume.that(check.isPresent());
        char[] digits = (Long.toString(stem) + check.getAsInt()).toCharArray();
        digits[position] = (char) ('0' + (digits[position] - '0' + shift) % 10);

        assertThat(Uln.isValid(new String(digits))).isFalse();
    }
}
