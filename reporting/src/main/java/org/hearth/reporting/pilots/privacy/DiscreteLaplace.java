package org.hearth.reporting.pilots.privacy;

import java.math.BigInteger;

/**
 * The discrete Laplace (two-sided geometric) law on the integers, P[X = x] ∝ exp(−|x|·s/t),
 * sampled exactly by Algorithm 2 of Canonne, Kamath and Steinke 2020. For a query of integer
 * sensitivity Δ and a privacy parameter ε = n/d, s = n and t = d·Δ, so that P[X = x] ∝
 * exp(−|x|·ε/Δ): adding X to the exact answer is ε-differentially private.
 *
 * <p>Sampling uses integers only. The error bar ({@link #halfWidth(double)}) is worked out in
 * floating point: it is a published figure about the law, not a draw from it.
 */
final class DiscreteLaplace {

    private final long s;
    private final long t;

    private DiscreteLaplace(long s, long t) {
        long gcd = BigInteger.valueOf(s).gcd(BigInteger.valueOf(t)).longValueExact();
        this.s = s / gcd;
        this.t = t / gcd;
    }

    /** The noise for a query of integer sensitivity Δ ≥ 1 answered with ε. */
    static DiscreteLaplace of(Epsilon epsilon, long sensitivity) {
        if (sensitivity < 1) {
            throw new IllegalArgumentException("the sensitivity must be at least 1, not " + sensitivity);
        }
        long t;
        try {
            t = Math.multiplyExact(epsilon.denominator(), sensitivity);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the sensitivity " + sensitivity + " is too large for ε = " + epsilon, e);
        }
        return new DiscreteLaplace(epsilon.numerator(), t);
    }

    /** One exact draw. */
    long sample(UniformSource source) {
        while (true) {
            long u = source.below(t);
            if (!Bernoulli.ofExpMinus(u, t, source)) {
                continue;
            }
            long v = 0;
            while (Bernoulli.ofExpMinus(1, 1, source)) {
                v++;
            }
            // X = U + t·V is geometric with parameter exp(−1/t); Y = ⌊X/s⌋ with parameter exp(−s/t).
            long y = floorOfXOverS(u, v);
            boolean negative = Bernoulli.ofRatio(1, 2, source);
            if (negative && y == 0) {
                continue; // otherwise 0 would be drawn twice as often as the law says
            }
            return negative ? -y : y;
        }
    }

    private long floorOfXOverS(long u, long v) {
        if (v == 0) {
            return u / s;
        }
        return BigInteger.valueOf(t).multiply(BigInteger.valueOf(v)).add(BigInteger.valueOf(u))
                .divide(BigInteger.valueOf(s)).longValueExact();
    }

    /**
     * The smallest integer k ≥ 0 with P(|X| &gt; k) ≤ alpha, where P(|X| &gt; k) = 2·p<sup>k+1</sup>/(1 + p)
     * and p = exp(−s/t): the noise is within ±k with probability at least 1 − alpha.
     */
    long halfWidth(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), not " + alpha);
        }
        double logP = -(double) s / t;
        double p = Math.exp(logP);
        // (k + 1)·log p ≤ log(alpha·(1 + p)/2), then a step either way for the rounding of doubles.
        long k = Math.max(0, (long) Math.ceil(Math.log(alpha * (1 + p) / 2) / logP) - 1);
        while (k > 0 && tail(k - 1, logP, p) <= alpha) {
            k--;
        }
        while (tail(k, logP, p) > alpha) {
            k++;
        }
        return k;
    }

    /** P(|X| &gt; k). */
    private static double tail(long k, double logP, double p) {
        return 2 * Math.exp((k + 1) * logP) / (1 + p);
    }
}
