package org.hearth.reporting.pilots.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MechanismTest {

    private static final Bounds AGE = Bounds.of("18", "99", 0);
    private static final Bounds SCORE = Bounds.of("-5", "3", 2);

    private final Mechanism mechanism = new Mechanism(new SeededUniform(2020));

    @Test
    void aCountRecordsItsMechanismSensitivityEpsilonAndErrorBar() {
        NoisyCount count = mechanism.count(120, Epsilon.of("1"));

        assertThat(count.mechanism()).isEqualTo("discrete_laplace");
        assertThat(count.sensitivity()).isEqualByComparingTo("1");
        assertThat(count.epsilon()).isEqualTo(Epsilon.of("1"));
        assertThat(count.halfWidth95()).isEqualTo(3);
        assertThat(count.value()).isBetween(120L - 3 * 10, 120L + 3 * 10);
    }

    @Test
    void countsCarryNoiseAndNeverGoBelowZero() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(mechanism.count(0, Epsilon.of("0.1")).value());
        }

        assertThat(seen).allSatisfy(v -> assertThat(v).isNotNegative()).contains(0L).hasSizeGreaterThan(5);
    }

    @Test
    void aSumQuestionSplitsItsEpsilonBetweenTheSumAndTheCountThatDecidesTheMinimum() {
        NoisyTotal total = mechanism.total(List.of(new BigDecimal("1"), new BigDecimal("2")), SCORE, Epsilon.of("0.5"));

        assertThat(total.epsilon()).isEqualTo(Epsilon.of("0.5"));
        assertThat(total.sum().epsilon()).isEqualTo(Epsilon.of("0.25"));
        assertThat(total.count().epsilon()).isEqualTo(Epsilon.of("0.25"));
        assertThat(total.participants()).isEqualTo(total.count().value());
        assertThat(mechanism.sum(List.of(), SCORE, Epsilon.of("1")).participants()).as("a bare sum knows no count").isNegative();
    }

    @Test
    void aHistogramsParticipantsAreItsNoisyBinsSummedBeforeNegativesAreCut() {
        Bins<BigDecimal> bins = Bins.edges(List.of(new BigDecimal("18"), new BigDecimal("40"), new BigDecimal("65"), new BigDecimal("100")));
        List<BigDecimal> ages = IntStream.range(0, 50).mapToObj(i -> BigDecimal.valueOf(20 + i)).toList();
        long below = 0;
        for (int i = 0; i < 2_000; i++) {
            NoisyHistogram h = mechanism.histogram(bins, ages, Epsilon.of("0.5"));
            long cut = h.bins().stream().mapToLong(NoisyHistogram.Bin::count).sum();
            assertThat(h.participants()).isLessThanOrEqualTo(cut).isNotNegative();
            below += h.participants() < 50 ? 1 : 0;
        }
        // An unbiased estimate: about as often below the true 50 as not (the noise is symmetric, P(0) > 0).
        assertThat(below / 2_000.0).isBetween(0.35, 0.55);
    }

    @Test
    void aCohortOneBelowTheMinimumReachesItAsOftenAsTheNoiseSaysNotNever() {
        // The refusal is decided on the noisy count: for 9 true participants and a minimum of 10 the
        // count reaches 10 exactly when the noise is at least 1, with probability α/(1+α), α = e^-ε.
        int draws = 20_000;
        int reached = 0;
        for (int i = 0; i < draws; i++) {
            reached += mechanism.count(9, Epsilon.of("0.5")).participants() >= 10 ? 1 : 0;
        }
        double alpha = Math.exp(-0.5);
        double expected = alpha / (1 + alpha);
        assertThat(reached / (double) draws).isCloseTo(expected, within(4 * Math.sqrt(expected * (1 - expected) / draws)));
    }

    @Test
    void aSumIsInTheValuesDecimalsWithTheLargerBoundAsSensitivity() {
        NoisySum sum = mechanism.sum(List.of(new BigDecimal("1.234"), new BigDecimal("-7"), new BigDecimal("2")), SCORE, Epsilon.of("1"));

        assertThat(sum.sensitivity()).isEqualTo(new BigDecimal("5.00"));
        assertThat(sum.value().scale()).isEqualTo(2);
        // Δ = 500 hundredths, p = exp(−1/500): k = 1498 hundredths.
        assertThat(sum.halfWidth95()).isEqualTo(new BigDecimal("14.98"));
        assertThat(sum.epsilon()).isEqualTo(Epsilon.of("1"));
    }

    @Test
    void aboutNinetyFivePercentOfNoisySumsAreWithinTheirErrorBar() {
        List<BigDecimal> values = IntStream.range(0, 30).mapToObj(i -> BigDecimal.valueOf(i % 9 - 5)).toList();
        BigDecimal exact = Contributions.of(values, SCORE).exactSum();
        int inside = 0;
        int answers = 4_000;
        for (int i = 0; i < answers; i++) {
            NoisySum sum = mechanism.sum(values, SCORE, Epsilon.of("0.5"));
            if (sum.value().subtract(exact).abs().compareTo(sum.halfWidth95()) <= 0) {
                inside++;
            }
        }

        // Δ = 500 hundredths at ε = 0.5: the exact coverage of ±k, summed term by term from the law.
        double exactCoverage = LaplaceLaw.of("0.5", 500).coverage(DiscreteLaplace.of(Epsilon.of("0.5"), 500).halfWidth(0.05));
        double standardError = Math.sqrt(exactCoverage * (1 - exactCoverage) / answers);
        assertThat(exactCoverage).isBetween(0.95, 0.951);
        assertThat(inside / (double) answers).isCloseTo(exactCoverage, within(4 * standardError));
    }

    @Test
    void aMeanSplitsItsEpsilonIntoTwoExactHalves() {
        for (String value : new String[] {"0.125", "0.333333", "1", "10"}) {
            Epsilon epsilon = Epsilon.of(value);
            NoisyMean mean = mechanism.mean(List.of(new BigDecimal("40")), AGE, epsilon);

            assertThat(mean.sum().epsilon()).isEqualTo(epsilon.half());
            assertThat(mean.count().epsilon()).isEqualTo(epsilon.half());
            assertThat(mean.sum().epsilon().plus(mean.count().epsilon())).as(value).isEqualTo(epsilon);
            assertThat(mean.epsilon()).isEqualTo(epsilon);
        }
    }

    @Test
    void aMeanWithALargeEpsilonIsCloseToTheExactMean() {
        List<BigDecimal> ages = IntStream.range(0, 1_000).mapToObj(i -> BigDecimal.valueOf(20 + i % 50)).toList();

        NoisyMean mean = mechanism.mean(ages, AGE, Epsilon.of("10"));

        // The exact mean is 44.5; the noise on the sum is a few tens of years over a thousand people.
        assertThat(mean.value()).isBetween(new BigDecimal("44.3"), new BigDecimal("44.7"));
        assertThat(mean.low95()).isLessThanOrEqualTo(new BigDecimal("44.5"));
        assertThat(mean.high95()).isGreaterThanOrEqualTo(new BigDecimal("44.5"));
        assertThat(mean.value().scale()).isEqualTo(2);
    }

    @Test
    void aMeanStaysInTheBoundsAndIsTheMidpointWhenTheNoisyCountIsZero() {
        int midpoints = 0;
        for (int i = 0; i < 300; i++) {
            NoisyMean mean = mechanism.mean(List.of(new BigDecimal("99")), AGE, Epsilon.of("0.2"));
            assertThat(mean.value()).isBetween(new BigDecimal("18"), new BigDecimal("99"));
            assertThat(mean.low95()).isLessThanOrEqualTo(mean.value());
            assertThat(mean.high95()).isGreaterThanOrEqualTo(mean.value());
            if (mean.count().value() == 0) {
                midpoints++;
                assertThat(mean.value()).isEqualByComparingTo("58.5");
                assertThat(mean.low95()).isEqualByComparingTo("18");
                assertThat(mean.high95()).isEqualByComparingTo("99");
            }
        }
        assertThat(midpoints).isPositive();
    }

    @Test
    void theMeansIntervalHoldsTheTrueMeanAtLeastNinetyFivePercentOfTheTime() {
        SplittableRandom people = new SplittableRandom(7);
        int answers = 2_000;
        int covered = 0;
        for (int i = 0; i < answers; i++) {
            List<BigDecimal> ages = IntStream.range(0, 60).mapToObj(j -> BigDecimal.valueOf(people.nextInt(18, 100))).toList();
            BigDecimal exact = Contributions.of(ages, AGE).exactSum().divide(BigDecimal.valueOf(ages.size()), 10, RoundingMode.HALF_EVEN);
            NoisyMean mean = mechanism.mean(ages, AGE, Epsilon.of("1"));
            if (mean.low95().compareTo(exact) <= 0 && exact.compareTo(mean.high95()) <= 0) {
                covered++;
            }
        }

        assertThat(covered / (double) answers).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void eachBinGetsTheFullEpsilonAndEveryParticipantIsCountedOnce() {
        Bins.Categories modes = Bins.categories(List.of("bus", "bike", "car", "walk"));
        List<String> answers = new ArrayList<>();
        answers.addAll(Collections.nCopies(40, "bus"));
        answers.addAll(Collections.nCopies(25, "bike"));
        answers.addAll(Collections.nCopies(35, "walk"));

        // At ε = 10 a bin's noise is 0 with probability 1 − 2e⁻¹⁰/(1 + e⁻¹⁰) ≈ 0.99991.
        NoisyHistogram histogram = mechanism.histogram(modes, answers, Epsilon.of("10"));

        assertThat(histogram.bins()).extracting(NoisyHistogram.Bin::label).containsExactly("bus", "bike", "car", "walk");
        assertThat(histogram.bins()).extracting(NoisyHistogram.Bin::count).containsExactly(40L, 25L, 0L, 35L);
        assertThat(histogram.epsilon()).isEqualTo(Epsilon.of("10"));
        assertThat(histogram.sensitivity()).isEqualByComparingTo("1");
        assertThat(histogram.halfWidth95()).isEqualTo(DiscreteLaplace.of(Epsilon.of("10"), 1).halfWidth(0.05));
        assertThat(histogram.mechanism()).isEqualTo("discrete_laplace");
    }

    @Test
    void noisyBinsBelowZeroAreReportedAsZero() {
        Bins.Edges ages = Bins.edges(List.of(new BigDecimal("18"), new BigDecimal("30"), new BigDecimal("65"), new BigDecimal("99")));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            mechanism.histogram(ages, List.<BigDecimal>of(), Epsilon.of("0.1")).bins().forEach(b -> seen.add(b.count()));
        }

        assertThat(seen).allSatisfy(c -> assertThat(c).isNotNegative()).contains(0L).hasSizeGreaterThan(3);
    }

    @Test
    void anUndeclaredCategoryIsRefused() {
        Bins.Categories modes = Bins.categories(List.of("bus", "bike"));

        assertThatThrownBy(() -> mechanism.histogram(modes, List.of("bus", "horse"), Epsilon.of("1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> mechanism.count(-1, Epsilon.of("1"))).isInstanceOf(IllegalArgumentException.class);
    }
}
