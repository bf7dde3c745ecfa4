package uk.send.platform.advice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMonthTest {

    @Test
    void a_month_of_advice_is_counted_as_the_hand_computed_fixture_says() {
        ServiceMonth march = ServiceMonth.of("fixture", "Fixture service", MarchFixture.MONTH, MarchFixture.AS_OF,
                MarchFixture.marchRecords(1L));

        assertThat(march.due()).isEqualTo(6);
        assertThat(march.onTime()).isEqualTo(2);
        assertThat(march.returnedLate()).isEqualTo(3);
        assertThat(march.overdue()).isEqualTo(1);
        assertThat(march.notYetDue()).isZero();
        assertThat(march.late()).isEqualTo(4);
        assertThat(march.lateExcused()).isEqualTo(1);
        assertThat(march.averageDaysLate()).isEqualByComparingTo(new BigDecimal("10.3"));
        assertThat(march.childrenAffected()).isEqualTo(4);
        assertThat(march.plansDelayed()).isEqualTo(2);
        assertThat(march.withinSixWeeksPercent()).isEqualByComparingTo(new BigDecimal("33.3"));
    }

    @Test
    void advice_still_inside_its_six_weeks_is_not_yet_due_and_left_out_of_the_percentage() {
        ServiceMonth early = ServiceMonth.of("fixture", "Fixture service", MarchFixture.MONTH,
                java.time.LocalDate.of(2024, 3, 20), MarchFixture.marchRecords(1L));

        assertThat(early.onTime()).isEqualTo(2);
        assertThat(early.returnedLate()).isZero();
        assertThat(early.overdue()).isEqualTo(1);
        assertThat(early.notYetDue()).isEqualTo(3);
        assertThat(early.withinSixWeeksPercent()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(early.averageDaysLate()).isEqualByComparingTo(new BigDecimal("1.0"));
    }

    @Test
    void a_month_with_nothing_due_has_no_percentage_and_no_average() {
        ServiceMonth empty = ServiceMonth.of("fixture", "Fixture service", MarchFixture.MONTH, MarchFixture.AS_OF, List.of());

        assertThat(empty.due()).isZero();
        assertThat(empty.withinSixWeeksPercent()).isNull();
        assertThat(empty.percentText()).isEqualTo("No advice due");
        assertThat(empty.averageText()).isEqualTo("None late");
    }
}
