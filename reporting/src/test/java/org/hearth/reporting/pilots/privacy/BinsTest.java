package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BinsTest {

    private static final Bins.Edges AGES = Bins.edges(List.of(new BigDecimal("18"), new BigDecimal("30"), new BigDecimal("65")));

    @Test
    void aValueOnAnInnerEdgeOpensTheNextBinAndTheLastEdgeClosesTheLastBin() {
        assertThat(AGES.labels()).containsExactly("[18, 30)", "[30, 65]");
        assertThat(AGES.binOf(new BigDecimal("18"))).isZero();
        assertThat(AGES.binOf(new BigDecimal("29.99"))).isZero();
        assertThat(AGES.binOf(new BigDecimal("30"))).isEqualTo(1);
        assertThat(AGES.binOf(new BigDecimal("65"))).isEqualTo(1);
    }

    @Test
    void aValueOutsideTheEdgesIsClampedIntoTheFirstOrLastBin() {
        assertThat(AGES.binOf(new BigDecimal("3"))).isZero();
        assertThat(AGES.binOf(new BigDecimal("104"))).isEqualTo(1);
    }

    @Test
    void edgesMustIncrease() {
        assertThatThrownBy(() -> Bins.edges(List.of(BigDecimal.ONE, BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bins.edges(List.of(BigDecimal.ONE))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCategoryIsItsBinAndAnUndeclaredOneIsRefused() {
        Bins.Categories modes = Bins.categories(List.of("bus", "bike", "car"));

        assertThat(modes.binOf("bike")).isEqualTo(1);
        assertThatThrownBy(() -> modes.binOf("horse")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bins.categories(List.of("bus", "bus"))).isInstanceOf(IllegalArgumentException.class);
    }
}
