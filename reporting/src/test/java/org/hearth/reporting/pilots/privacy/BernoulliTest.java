package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BernoulliTest {

    private static final int DRAWS = 200_000;

    @Test
    void expMinusGammaSucceedsWithProbabilityExpMinusGamma() {
        long[][] gammas = {{3, 10}, {1, 1}, {5, 2}};
        for (long[] gamma : gammas) {
            UniformSource source = new SeededUniform(41 + gamma[0]);
            long successes = 0;
            for (int i = 0; i < DRAWS; i++) {
                if (Bernoulli.ofExpMinus(gamma[0], gamma[1], source)) {
                    successes++;
                }
            }
            double p = Math.exp(-(double) gamma[0] / gamma[1]);
            double standardError = Math.sqrt(p * (1 - p) / DRAWS);
            assertThat(successes / (double) DRAWS).as("γ = %d/%d", gamma[0], gamma[1]).isCloseTo(p, within(4 * standardError));
        }
    }

    @Test
    void expMinusZeroAlwaysSucceeds() {
        UniformSource source = new SeededUniform(5);
        for (int i = 0; i < 1_000; i++) {
            assertThat(Bernoulli.ofExpMinus(0, 7, source)).isTrue();
        }
    }

    @Test
    void ratioSucceedsWithProbabilityNumOverDen() {
        UniformSource source = new SeededUniform(43);
        long successes = 0;
        for (int i = 0; i < DRAWS; i++) {
            if (Bernoulli.ofRatio(1, 3, source)) {
                successes++;
            }
        }
        double standardError = Math.sqrt(1.0 / 3 * 2.0 / 3 / DRAWS);

        assertThat(successes / (double) DRAWS).isCloseTo(1.0 / 3, within(4 * standardError));
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        UniformSource source = new SeededUniform(1);

        assertThatThrownBy(() -> Bernoulli.ofRatio(4, 3, source)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Bernoulli.ofExpMinus(-1, 3, source)).isInstanceOf(IllegalArgumentException.class);
    }
}
