package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;

/**
 * A sum question's answer: the noisy sum and the noisy count of the participants it is about,
 * each spending half of ε (so {@code sum.epsilon() + count.epsilon()} is exactly {@link
 * #epsilon()}). The count decides whether the cohort reaches the minimum; the sum is published.
 */
public record NoisyTotal(Epsilon epsilon, NoisySum sum, NoisyCount count) implements Answer {

    /** What one participant can move the sum by. */
    public BigDecimal sensitivity() {
        return sum.sensitivity();
    }

    @Override
    public long participants() {
        return count.participants();
    }
}
