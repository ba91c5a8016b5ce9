package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SecureSourceTest {

    @Test
    void theProductionMechanismDrawsFromASecureRandomDrbg() {
        UniformSource source = Mechanism.secure().source();

        assertThat(source).isInstanceOf(SecureUniform.class);
        assertThat(((SecureUniform) source).algorithm()).isEqualTo("DRBG");
    }

    @Test
    void twoFreshProductionMechanismsDrawDifferentValues() {
        // Two equal sequences of four 63-bit draws would happen by chance with probability 2⁻²⁵²:
        // equal ones mean a fixed or shared seed.
        List<Long> first = draws(Mechanism.secure().source());
        List<Long> second = draws(Mechanism.secure().source());

        assertThat(first).isNotEqualTo(second);
        assertThat(first).allSatisfy(v -> assertThat(v).isBetween(0L, Long.MAX_VALUE - 1));
    }

    @Test
    void wordsThatWouldBiasTheRemainderAreDiscarded() {
        // 2⁶³ mod 3 = 2: the two largest 63-bit values would make remainder 0 and 1 more likely
        // than 2, so they are thrown away and the next word is used.
        Deque<Long> words = new ArrayDeque<>(List.of(-1L, -3L, 10L));

        assertThat(UniformSource.below(3, words::removeFirst)).isEqualTo(2); // (10 >>> 1) mod 3
        assertThat(words).isEmpty();
    }

    @Test
    void aWordBelowTheCutIsKept() {
        Deque<Long> words = new ArrayDeque<>(List.of(-5L));

        assertThat(UniformSource.below(3, words::removeFirst)).isEqualTo((Long.MAX_VALUE - 2) % 3);
    }

    @Test
    void aBoundBelowOneIsRefused() {
        assertThatThrownBy(() -> UniformSource.below(0, () -> 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Long> draws(UniformSource source) {
        return LongStream.range(0, 4).map(i -> source.below(Long.MAX_VALUE)).boxed().toList();
    }
}
