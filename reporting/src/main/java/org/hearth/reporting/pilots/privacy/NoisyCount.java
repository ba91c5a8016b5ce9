package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;

/**
 * A count of participants with discrete Laplace noise of sensitivity 1. A noisy count below 0 is
 * reported as 0: post-processing a private answer spends no more ε, and no count is negative.
 *
 * @param value the noisy count, at least 0
 * @param halfWidth95 the noise is within ±halfWidth95 with probability at least 95%
 */
public record NoisyCount(BigDecimal sensitivity, Epsilon epsilon, long value, long halfWidth95) implements Answer {

    @Override
    public long participants() {
        return value;
    }
}
