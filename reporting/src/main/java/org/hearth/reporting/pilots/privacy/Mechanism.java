package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Answers a pilot's questions with discrete Laplace noise calibrated to each question's
 * sensitivity and the ε it spends. Neighbouring data sets differ by one participant added or
 * removed, and each participant gives one value per question (the caller's guarantee: it passes
 * one value per participant).
 *
 * <p>Thread-safe: the secure source may be shared.
 */
public final class Mechanism {

    static final double ALPHA_95 = 0.05;
    static final double ALPHA_97_5 = 0.025;

    private final UniformSource source;

    Mechanism(UniformSource source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** The production mechanism, drawing from a cryptographically secure generator. */
    public static Mechanism secure() {
        return new Mechanism(new SecureUniform());
    }

    UniformSource source() {
        return source;
    }

    /** A count of participants (sensitivity 1). */
    public NoisyCount count(long exact, Epsilon epsilon) {
        if (exact < 0) {
            throw new IllegalArgumentException("a count is at least 0, not " + exact);
        }
        DiscreteLaplace noise = DiscreteLaplace.of(epsilon, 1);
        long noisy = Math.max(0, Math.addExact(exact, noise.sample(source)));
        return new NoisyCount(BigDecimal.ONE, epsilon, noisy, noise.halfWidth(ALPHA_95));
    }

    /** The sum of the participants' values, each clamped into the bounds. */
    public NoisySum sum(List<BigDecimal> perParticipant, Bounds bounds, Epsilon epsilon) {
        return sum(Contributions.of(perParticipant, bounds), epsilon);
    }

    /**
     * The sum of clamped contributions. The sensitivity in units is max(|lower|, |upper|)·10<sup>d</sup>:
     * the noise is drawn in units of 10<sup>−d</sup> and added to the exact integer sum.
     */
    public NoisySum sum(Contributions contributions, Epsilon epsilon) {
        Bounds bounds = contributions.bounds();
        DiscreteLaplace noise = DiscreteLaplace.of(epsilon, bounds.sensitivityUnits());
        long noisy = Math.addExact(contributions.sumUnits(), noise.sample(source));
        return new NoisySum(bounds.sensitivity(), epsilon, bounds.fromUnits(noisy), bounds.fromUnits(noise.halfWidth(ALPHA_95)));
    }

    /**
     * A question's sum: the noisy sum of the clamped values with ε/2 and a noisy count of the
     * participants with the other ε/2 (exactly), so that whether the cohort reaches the minimum is
     * decided on a noisy figure too. The sum's error bar is that of its ε/2.
     */
    public NoisyTotal total(List<BigDecimal> perParticipant, Bounds bounds, Epsilon epsilon) {
        Contributions contributions = Contributions.of(perParticipant, bounds);
        Epsilon half = epsilon.half();
        return new NoisyTotal(epsilon, sum(contributions, half), count(contributions.participants(), half));
    }

    /**
     * The mean of the participants' clamped values: a noisy sum and a noisy count, each with ε/2
     * (exactly), divided; the bounds' midpoint if the noisy count is 0; clamped into the bounds,
     * where the true mean lies. The interval is {@link MeanInterval}'s.
     */
    public NoisyMean mean(List<BigDecimal> perParticipant, Bounds bounds, Epsilon epsilon) {
        Contributions contributions = Contributions.of(perParticipant, bounds);
        Epsilon half = epsilon.half();
        NoisySum sum = sum(contributions, half);
        NoisyCount count = count(contributions.participants(), half);
        BigDecimal sumBar = bounds.fromUnits(DiscreteLaplace.of(half, bounds.sensitivityUnits()).halfWidth(ALPHA_97_5));
        long countBar = DiscreteLaplace.of(half, 1).halfWidth(ALPHA_97_5);
        return MeanInterval.of(epsilon, bounds, sum, count, sumBar, countBar);
    }

    /**
     * Noisy counts per declared bin. With add/remove-one neighbours, one participant changes
     * exactly one bin by exactly 1, so the histogram's L1 sensitivity is 1 and each bin may take
     * discrete Laplace noise of the full ε: the privacy losses of the bins add up to
     * Σ|change<sub>i</sub>|·ε/1 = ε. (Under replace-one neighbours a participant could leave one
     * bin and join another, L1 sensitivity 2, and each bin would need ε/2.) Noisy counts below 0
     * are reported as 0, which is post-processing and costs no ε.
     */
    public <T> NoisyHistogram histogram(Bins<T> bins, List<T> perParticipant, Epsilon epsilon) {
        List<String> labels = bins.labels();
        long[] exact = new long[labels.size()];
        for (T value : perParticipant) {
            exact[bins.binOf(value)]++;
        }
        DiscreteLaplace noise = DiscreteLaplace.of(epsilon, 1);
        List<NoisyHistogram.Bin> noisy = new ArrayList<>(labels.size());
        long total = 0;
        for (int i = 0; i < exact.length; i++) {
            long count = Math.addExact(exact[i], noise.sample(source));
            total = Math.addExact(total, count);
            noisy.add(new NoisyHistogram.Bin(labels.get(i), Math.max(0, count)));
        }
        return new NoisyHistogram(BigDecimal.ONE, epsilon, noisy, noise.halfWidth(ALPHA_95), Math.max(0, total));
    }
}
