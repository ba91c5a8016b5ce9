package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class EpsilonTest {

    @Test
    void aDecimalIsHeldAsAReducedFraction() {
        Epsilon epsilon = Epsilon.of("0.125");

        assertThat(epsilon.numerator()).isEqualTo(1);
        assertThat(epsilon.denominator()).isEqualTo(8);
        assertThat(Epsilon.of("2.50").numerator()).isEqualTo(5);
        assertThat(Epsilon.of("2.50").denominator()).isEqualTo(2);
        assertThat(Epsilon.of(new BigDecimal("1E+1")).toBigDecimal()).isEqualByComparingTo("10");
    }

    @Test
    void halvingIsExactEvenBeyondSixDecimals() {
        assertThat(Epsilon.of("0.5").half()).isEqualTo(Epsilon.of("0.25"));
        assertThat(Epsilon.of("0.125").half().toBigDecimal()).isEqualTo(new BigDecimal("0.0625"));
        assertThat(Epsilon.of("0.000001").half().toBigDecimal()).isEqualTo(new BigDecimal("5E-7"));
        Epsilon third = Epsilon.of("0.333333");
        assertThat(third.half().plus(third.half())).isEqualTo(third);
    }

    @Test
    void additionAndSubtractionAreExact() {
        assertThat(Epsilon.of("0.1").plus(Epsilon.of("0.2"))).isEqualTo(Epsilon.of("0.3"));
        assertThat(Epsilon.of("1").minus(Epsilon.of("0.9")).toBigDecimal()).isEqualByComparingTo("0.1");
        assertThat(Epsilon.of("0.3").minus(Epsilon.of("0.1")).minus(Epsilon.of("0.1"))).isEqualTo(Epsilon.of("0.1"));
    }

    @Test
    void comparisonFollowsTheValue() {
        assertThat(Epsilon.of("0.25")).isLessThan(Epsilon.of("0.3"));
        assertThat(Epsilon.of("0.5").compareTo(Epsilon.of("1").half())).isZero();
        assertThat(Epsilon.of("10")).isGreaterThan(Epsilon.of("9.999999"));
    }

    @Test
    void zeroNegativeTooLargeAndTooPreciseValuesAreRefused() {
        for (String value : new String[] {"0", "-0.5", "10.000001", "11", "0.0000001"}) {
            assertThatThrownBy(() -> Epsilon.of(value)).as(value).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Epsilon.of("10").toBigDecimal()).isEqualByComparingTo("10");
    }

    @Test
    void arithmeticThatLeavesTheRangeIsRefused() {
        assertThatThrownBy(() -> Epsilon.of("0.5").minus(Epsilon.of("0.5"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Epsilon.of("0.5").minus(Epsilon.of("0.6"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Epsilon.of("6").plus(Epsilon.of("5"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsItsExactDecimal() {
        assertThat(Epsilon.of("0.333333").half()).hasToString("0.1666665");
    }
}
