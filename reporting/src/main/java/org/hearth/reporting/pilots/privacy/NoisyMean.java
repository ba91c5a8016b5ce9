package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;

/**
 * A mean worked out from a noisy sum and a noisy count, each spending half of ε (so {@code
 * sum.epsilon() + count.epsilon()} is exactly {@link #epsilon()}). Publishing the two parts costs
 * nothing more: they are what was released.
 *
 * <p>The interval [low95, high95] holds the true mean with probability at least 95%: it is the
 * range of sum/count over the sum's and the count's 97.5% intervals, which both hold with
 * probability at least 95% (union bound), cut to the bounds, where the true mean always lies. It
 * is conservative and need not be symmetric around the value.
 *
 * @param value the noisy mean, within the bounds; the bounds' midpoint when the noisy count is 0
 */
public record NoisyMean(Epsilon epsilon, BigDecimal value, BigDecimal low95, BigDecimal high95, NoisySum sum, NoisyCount count)
        implements Answer {

    @Override
    public long participants() {
        return count.participants();
    }

    /** The larger distance from the value to an end of its 95% interval. */
    public BigDecimal halfWidth95() {
        return value.subtract(low95).max(high95.subtract(value));
    }
}
