package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.util.List;

/**
 * Noisy counts of participants per declared bin, each with discrete Laplace noise of the full ε
 * (see {@link Mechanism#histogram}). A noisy count below 0 is reported as 0.
 *
 * @param sensitivity 1: one participant is in exactly one bin
 * @param bins the bins in their declared order
 * @param halfWidth95 each bin's noise is within ±halfWidth95 with probability at least 95%
 * @param participants the sum of the bins' noisy counts before negative ones were reported as 0
 *     (at least 0): an unbiased estimate of the participants, which the minimum cohort is checked against
 */
public record NoisyHistogram(BigDecimal sensitivity, Epsilon epsilon, List<Bin> bins, long halfWidth95, long participants) implements Answer {

    public NoisyHistogram {
        bins = List.copyOf(bins);
    }

    /** One bin's label and noisy count. */
    public record Bin(String label, long count) {
    }
}
