package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscreteLaplaceTest {

    private static final int DRAWS = 200_000;

    @Test
    void drawsFollowTheDiscreteLaplaceLawForEpsilonOneAndSensitivityOne() {
        Fit fit = fit(draws("1", 1, DRAWS, 13), LaplaceLaw.of("1", 1), DRAWS);

        assertThat(fit.statistic()).as("chi-square with %d degrees of freedom", fit.df()).isLessThan(fit.critical());
    }

    @Test
    void drawsFollowTheDiscreteLaplaceLawForEpsilonAQuarterAndSensitivityThree() {
        Fit fit = fit(draws("0.25", 3, DRAWS, 17), LaplaceLaw.of("0.25", 3), DRAWS);

        assertThat(fit.statistic()).as("chi-square with %d degrees of freedom", fit.df()).isLessThan(fit.critical());
    }

    @Test
    void theGoodnessOfFitTestRejectsDrawsOfASlightlyDifferentEpsilon() {
        // The same test, given draws for ε = 0.9 against the law for ε = 1, must fail: it has power.
        Fit fit = fit(draws("0.9", 1, DRAWS, 13), LaplaceLaw.of("1", 1), DRAWS);

        assertThat(fit.statistic()).isGreaterThan(fit.critical());
    }

    @Test
    void theCriticalValueMatchesTheChiSquareTable() {
        assertThat(ChiSquare.critical(20, ChiSquare.Z_0_999)).isCloseTo(45.315, within(0.2));
        assertThat(ChiSquare.critical(100, ChiSquare.Z_0_999)).isCloseTo(149.449, within(0.2));
    }

    @Test
    void positiveAndNegativeNoiseAreEquallyLikely() {
        Map<Long, Long> counts = draws("0.5", 2, 100_000, 23);
        long positive = counts.entrySet().stream().filter(e -> e.getKey() > 0).mapToLong(Map.Entry::getValue).sum();
        long negative = counts.entrySet().stream().filter(e -> e.getKey() < 0).mapToLong(Map.Entry::getValue).sum();

        assertThat((double) Math.abs(positive - negative)).isLessThan(4 * Math.sqrt(positive + negative));
        for (long x = 1; x <= 5; x++) {
            long plus = counts.getOrDefault(x, 0L);
            long minus = counts.getOrDefault(-x, 0L);
            assertThat((double) Math.abs(plus - minus)).as("x = ±%d", x).isLessThan(4 * Math.sqrt(plus + minus));
        }
    }

    @Test
    void halfWidthIsTheSmallestKWhoseIntervalCoversNinetyFivePercent() {
        // Hand-worked for ε = 1, Δ = 1: P(|X| > 2) = 2e⁻³/(1 + e⁻¹) ≈ 0.073, P(|X| > 3) ≈ 0.027.
        assertThat(DiscreteLaplace.of(Epsilon.of("1"), 1).halfWidth(0.05)).isEqualTo(3);
        assertThat(DiscreteLaplace.of(Epsilon.of("10"), 1).halfWidth(0.05)).isZero();
        String[][] cases = {{"1", "1"}, {"0.25", "3"}, {"0.1", "1"}, {"0.5", "100"}, {"2", "7"}, {"0.125", "1"}};
        for (String[] c : cases) {
            long k = DiscreteLaplace.of(Epsilon.of(c[0]), Long.parseLong(c[1])).halfWidth(0.05);
            LaplaceLaw law = LaplaceLaw.of(c[0], Long.parseLong(c[1]));
            assertThat(law.coverage(k)).as("ε = %s, Δ = %s, k = %d", c[0], c[1], k).isGreaterThanOrEqualTo(0.95);
            assertThat(law.coverage(k - 1)).as("ε = %s, Δ = %s, k − 1 = %d", c[0], c[1], k - 1).isLessThan(0.95);
        }
    }

    @Test
    void aboutNinetyFivePercentOfDrawsFallWithinTheHalfWidth() {
        // ε = 0.25, Δ = 3: k = 36 covers 95.2% exactly, k − 1 only 94.8%.
        long k = DiscreteLaplace.of(Epsilon.of("0.25"), 3).halfWidth(0.05);
        Map<Long, Long> counts = draws("0.25", 3, DRAWS, 29);
        double inside = counts.entrySet().stream().filter(e -> Math.abs(e.getKey()) <= k).mapToLong(Map.Entry::getValue).sum()
                / (double) DRAWS;
        double exact = LaplaceLaw.of("0.25", 3).coverage(k);
        double standardError = Math.sqrt(exact * (1 - exact) / DRAWS);

        assertThat(k).isEqualTo(36);
        assertThat(inside).isCloseTo(exact, within(4 * standardError));
        assertThat(inside).isCloseTo(0.95, within(0.005));
    }

    @Test
    void aSensitivityBelowOneIsRefused() {
        assertThatThrownBy(() -> DiscreteLaplace.of(Epsilon.of("1"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Long, Long> draws(String epsilon, long sensitivity, int n, long seed) {
        DiscreteLaplace noise = DiscreteLaplace.of(Epsilon.of(epsilon), sensitivity);
        UniformSource source = new SeededUniform(seed);
        Map<Long, Long> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            counts.merge(noise.sample(source), 1L, Long::sum);
        }
        return counts;
    }

    /**
     * Bins −M … M one value each, plus the two tails (x &lt; −M, x &gt; M), with M the largest value
     * whose own bin and tail both expect at least 5 draws.
     */
    private static Fit fit(Map<Long, Long> counts, LaplaceLaw law, int n) {
        long m = 0;
        while (n * law.pmf(m + 1) >= 5 && n * law.upperTail(m + 1) >= 5) {
            m++;
        }
        int bins = (int) (2 * m + 3);
        long[] observed = new long[bins];
        double[] expected = new double[bins];
        for (long x = -m; x <= m; x++) {
            observed[(int) (x + m + 1)] = counts.getOrDefault(x, 0L);
            expected[(int) (x + m + 1)] = n * law.pmf(x);
        }
        expected[0] = n * law.upperTail(m);
        expected[bins - 1] = n * law.upperTail(m);
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            if (e.getKey() < -m) {
                observed[0] += e.getValue();
            } else if (e.getKey() > m) {
                observed[bins - 1] += e.getValue();
            }
        }
        int df = bins - 1;
        return new Fit(ChiSquare.statistic(observed, expected), df, ChiSquare.critical(df, ChiSquare.Z_0_999));
    }

    private record Fit(double statistic, int df, double critical) {
    }
}
