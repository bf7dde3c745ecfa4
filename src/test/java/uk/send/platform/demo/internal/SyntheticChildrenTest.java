package uk.send.platform.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.send.platform.identifiers.NhsNumber;
import uk.send.platform.identifiers.Upn;

class SyntheticChildrenTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private List<SyntheticChildren.SyntheticChild> make(long seed, int count) {
        SyntheticChildren maker = new SyntheticChildren(new Random(seed), TODAY, "933");
        return IntStream.range(0, count).mapToObj(i -> maker.next()).toList();
    }

    @Test
    void the_same_seed_makes_the_same_local_area() {
        assertThat(make(42, 200)).isEqualTo(make(42, 200));
        assertThat(make(42, 200)).isNotEqualTo(make(43, 200));
    }

    @Test
    void every_identifier_is_valid_and_nhs_numbers_are_unique() {
        var children = make(7, 3000);
        var nhs = children.stream().map(c -> c.details().nhsNumber()).filter(java.util.Objects::nonNull).toList();
        assertThat(nhs).allMatch(NhsNumber::isValid).doesNotHaveDuplicates();
        assertThat(children).map(c -> c.details().upn()).filteredOn(java.util.Objects::nonNull).allMatch(Upn::isValid);
        assertThat(children).allMatch(c -> c.details().upn() != null || c.details().uln() != null
                || c.details().upnUnknownReason() != null);
    }

    @Test
    void ages_and_sex_follow_the_calibration() {
        var children = make(11, 5000);
        double boys = children.stream().filter(c -> c.details().sex().equals("M")).count() / 5000.0;
        assertThat(boys).isBetween(0.66, 0.73);
        assertThat(children).allMatch(c -> c.age() >= 2 && c.age() <= 24);
        long schoolAge = children.stream().filter(c -> c.age() >= 5 && c.age() <= 15).count();
        assertThat(schoolAge / 5000.0).isBetween(0.55, 0.70); // Somerset: 3,542 of 5,725 plans are for ages 5-15
    }
}
