package uk.send.platform.identifiers;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of the GDSC UPN v2.0 mod 23 check letter, for permanent and temporary UPNs. */
class UpnPropertyTest {

    @Property
    void a_generated_check_letter_always_makes_a_valid_upn(@ForAll("bodies") String body) {
        assertThat(Upn.isValid(Upn.checkLetterFor(body) + body)).isTrue();
    }

    @Property
    void any_other_check_letter_never_makes_a_valid_upn(
            @ForAll("bodies") String body, @ForAll @IntRange(min = 'A', max = 'Z') int letter) {
        char wrong = (char) letter;
        char right = Upn.checkLetterFor(body);

        assertThat(Upn.isValid(wrong + body)).isEqualTo(wrong == right);
    }

    @Property
    void changing_any_single_character_after_the_check_letter_makes_the_upn_invalid(
            @ForAll("bodies") String body,
            @ForAll @IntRange(max = 11) int position,
            @ForAll @IntRange(min = 1, max = 22) int shift) {
        char[] upn = (Upn.checkLetterFor(body) + body).toCharArray();
        char original = upn[position + 1];
        upn[position + 1] = AsciiDigits.isDigit(original)
                ? (char) ('0' + (original - '0' + 1 + (shift - 1) % 9) % 10)
                : Upn.ALPHABET.charAt((Upn.ALPHABET.indexOf(original) + shift) % 23);

        assertThat(Upn.isValid(new String(upn))).isFalse();
    }

    @Property
    void a_upn_reads_back_as_the_same_upn_whatever_its_case(@ForAll("bodies") String body) {
        Upn upn = Upn.of(Upn.checkLetterFor(body) + body);

        assertThat(Upn.of(upn.value().toLowerCase())).isEqualTo(upn);
        assertThat(Upn.of(upn.toString())).isEqualTo(upn);
        assertThat(upn.isTemporary()).isEqualTo(!AsciiDigits.isDigit(body.charAt(11)));
    }

    /** Characters 2 to 13: 11 digits, then a digit (permanent) or an alphabet letter (temporary). */
    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofLength(11);
        Arbitrary<Character> last = Arbitraries.oneOf(
                Arbitraries.chars().numeric(), Arbitraries.of(Upn.ALPHABET.toCharArray()));
        return Combinators.combine(digits, last).as((d, l) -> d + l);
    }
}
