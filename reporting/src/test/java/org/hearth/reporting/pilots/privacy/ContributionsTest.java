package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    private static final Bounds SCORE = Bounds.of("-5", "3", 1);

    @Test
    void aParticipantWithAnExtremeValueMovesTheExactSumByAtMostTheBound() {
        List<BigDecimal> others = values("1.5", "-2", "0.7");
        BigDecimal without = Contributions.of(others, SCORE).exactSum();

        for (String extreme : new String[] {"1000000000", "-1000000000", "3.1", "-5.05"}) {
            BigDecimal with = Contributions.of(plus(others, extreme), SCORE).exactSum();
            assertThat(with.subtract(without).abs()).as(extreme).isLessThanOrEqualTo(SCORE.sensitivity());
        }
        assertThat(Contributions.of(plus(others, "1000000000"), SCORE).exactSum()).isEqualByComparingTo(without.add(new BigDecimal("3")));
        assertThat(Contributions.of(plus(others, "-1000000000"), SCORE).exactSum()).isEqualByComparingTo(without.subtract(new BigDecimal("5")));
    }

    @Test
    void eachValueIsClampedIntoTheBoundsAndRoundedHalfEven() {
        Contributions contributions = Contributions.of(values("12", "-9", "0.25", "0.35", "2.95"), SCORE);

        assertThat(contributions.clamped()).containsExactly(new BigDecimal("3.0"), new BigDecimal("-5.0"), new BigDecimal("0.2"),
                new BigDecimal("0.4"), new BigDecimal("3.0"));
        assertThat(contributions.participants()).isEqualTo(5);
        assertThat(contributions.exactSum()).isEqualTo(new BigDecimal("1.6"));
    }

    @Test
    void wholeNumbersRoundHalfToEven() {
        Contributions contributions = Contributions.of(values("2.5", "3.5"), Bounds.of("0", "10", 0));

        assertThat(contributions.clamped()).containsExactly(new BigDecimal("2"), new BigDecimal("4"));
    }

    @Test
    void theSensitivityIsTheLargerBoundInSize() {
        assertThat(SCORE.sensitivity()).isEqualTo(new BigDecimal("5.0"));
        assertThat(SCORE.sensitivityUnits()).isEqualTo(50);
        assertThat(Bounds.of("18", "99", 0).sensitivity()).isEqualTo(new BigDecimal("99"));
    }

    @Test
    void boundsMustBeOrderedAndOnTheDeclaredGrid() {
        assertThatThrownBy(() -> Bounds.of("3", "3", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bounds.of("4", "3", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bounds.of("0", "2.5", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bounds.of("0", "1", 7)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Bounds.of("0", "2.50", 1).upper()).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void theMidpointIsExact() {
        assertThat(Bounds.of("0", "5", 0).midpoint()).isEqualByComparingTo("2.5");
    }

    private static List<BigDecimal> values(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<BigDecimal> plus(List<BigDecimal> values, String extra) {
        List<BigDecimal> all = new ArrayList<>(values);
        all.add(new BigDecimal(extra));
        return all;
    }
}
