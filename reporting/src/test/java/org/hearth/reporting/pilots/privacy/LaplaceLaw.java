package org.hearth.reporting.pilots.privacy;

/**
 * The discrete Laplace law written out independently of the sampler, for the tests:
 * P[X = x] = (1 − p)/(1 + p)·p<sup>|x|</sup> with p = exp(−ε/Δ).
 */
record LaplaceLaw(double p) {

    static LaplaceLaw of(String epsilon, long sensitivity) {
        return new LaplaceLaw(Math.exp(-Double.parseDouble(epsilon) / sensitivity));
    }

    double pmf(long x) {
        return (1 - p) / (1 + p) * Math.pow(p, Math.abs(x));
    }

    /** P[X &gt; m], which is also P[X &lt; −m]. */
    double upperTail(long m) {
        return Math.pow(p, m + 1) / (1 + p);
    }

    /** P[|X| ≤ k], summed term by term. */
    double coverage(long k) {
        double sum = 0;
        for (long x = -k; x <= k; x++) {
            sum += pmf(x);
        }
        return sum;
    }
}
