package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;

/**
 * A sum of clamped values with discrete Laplace noise, in the values' units and with their
 * declared decimals. On its own it says nothing about how many participants it is about
 * ({@link #participants()} is -1): a question's sum is a {@link NoisyTotal}, with a noisy count.
 *
 * @param sensitivity max(|lower|, |upper|): what one participant can add or take away
 * @param value the noisy sum
 * @param halfWidth95 the noise is within ±halfWidth95 with probability at least 95%
 */
public record NoisySum(BigDecimal sensitivity, Epsilon epsilon, BigDecimal value, BigDecimal halfWidth95) implements Answer {

    /** Not known from the sum alone: -1, below every minimum cohort. */
    @Override
    public long participants() {
        return -1;
    }
}
