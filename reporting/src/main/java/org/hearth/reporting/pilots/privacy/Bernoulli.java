package org.hearth.reporting.pilots.privacy;

/**
 * Exact Bernoulli trials in integer arithmetic (Canonne, Kamath and Steinke 2020, "The Discrete
 * Gaussian for Differential Privacy", section 5.1 and Algorithm 1). No floating point: a trial
 * whose probability is rounded to a double leaks through the rounding (Mironov 2012).
 */
final class Bernoulli {

    private Bernoulli() {
    }

    /** True with probability exactly num/den, for 0 ≤ num ≤ den and den ≥ 1. */
    static boolean ofRatio(long num, long den, UniformSource source) {
        if (den < 1 || num < 0 || num > den) {
            throw new IllegalArgumentException("not a probability: " + num + "/" + den);
        }
        return source.below(den) < num;
    }

    /** True with probability exactly exp(−num/den), for num ≥ 0 and den ≥ 1. */
    static boolean ofExpMinus(long num, long den, UniformSource source) {
        if (den < 1 || num < 0) {
            throw new IllegalArgumentException("not a non-negative rational: " + num + "/" + den);
        }
        if (num <= den) {
            return ofExpMinusAtMostOne(num, den, source);
        }
        // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)): independent trials, all of which must succeed.
        long whole = num / den;
        for (long i = 0; i < whole; i++) {
            if (!ofExpMinusAtMostOne(1, 1, source)) {
                return false;
            }
        }
        return ofExpMinusAtMostOne(num % den, den, source);
    }

    /**
     * For γ = num/den in [0, 1]: draw A<sub>k</sub> ~ Bernoulli(γ/k) for k = 1, 2, … until one
     * fails; the index K of the failing one is odd with probability exactly exp(−γ). Bernoulli(γ/k)
     * is drawn as Bernoulli(γ) and Bernoulli(1/k) together, so that den·k never has to be formed.
     */
    private static boolean ofExpMinusAtMostOne(long num, long den, UniformSource source) {
        long k = 1;
        while (ofRatio(num, den, source) && (k == 1 || ofRatio(1, k, source))) {
            k++;
        }
        return k % 2 == 1;
    }
}
