package org.hearth.reporting.pilots.privacy;

/**
 * A noisy answer to one question, with what a reader needs to judge it: the mechanism, the
 * sensitivity it was calibrated to, the ε it spent and its 95% error bar.
 */
public sealed interface Answer permits NoisyCount, NoisySum, NoisyTotal, NoisyMean, NoisyHistogram {

    /** The one mechanism used: discrete Laplace noise, sampled exactly. */
    String DISCRETE_LAPLACE = "discrete_laplace";

    /** The mechanism's name as recorded with the answer. */
    default String mechanism() {
        return DISCRETE_LAPLACE;
    }

    /** The ε the answer spent, in total. */
    Epsilon epsilon();

    /**
     * The noisy number of participants the answer is about, which the pilot's minimum cohort is
     * checked against. It is worked out from what the mechanism released (post-processing), so the
     * check spends no ε and a refusal reveals nothing the noise does not hide; the true count is
     * never compared with anything.
     */
    long participants();
}
