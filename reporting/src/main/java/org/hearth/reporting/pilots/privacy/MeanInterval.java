package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A noisy mean and its conservative 95% interval, from a noisy sum S′ and count C′ whose noise is
 * within ±a and ±b with probability at least 97.5% each. With probability at least 95% both hold
 * (union bound); then the true sum S is in [S′ − a, S′ + a] and the true count C in [C′ − b, C′ + b],
 * and if C′ − b &gt; 0 the true mean S/C, monotone in S and in C, lies between the least and the
 * greatest of the four corners (S′ ± a)/(C′ ± b). If C′ − b ≤ 0 nothing narrower than the bounds
 * can be said. Either way the interval is cut to the bounds, where the true mean always lies.
 *
 * <p>The mean keeps two more decimals than the values; the interval is rounded outwards.
 */
final class MeanInterval {

    private static final int EXTRA_DECIMALS = 2;

    private MeanInterval() {
    }

    /** The mean of ε in total from its parts, with the sum's and the count's 97.5% half-widths. */
    static NoisyMean of(Epsilon epsilon, Bounds bounds, NoisySum sum, NoisyCount count, BigDecimal sumBar, long countBar) {
        int scale = bounds.decimals() + EXTRA_DECIMALS;
        BigDecimal lower = bounds.lower().setScale(scale);
        BigDecimal upper = bounds.upper().setScale(scale);
        BigDecimal value = count.value() <= 0 ? bounds.midpoint().setScale(scale)
                : clamp(sum.value().divide(BigDecimal.valueOf(count.value()), scale, RoundingMode.HALF_EVEN), lower, upper);
        BigDecimal low = lower;
        BigDecimal high = upper;
        long fewest = count.value() - countBar;
        if (fewest > 0) {
            BigDecimal least = null;
            BigDecimal most = null;
            for (BigDecimal s : List.of(sum.value().subtract(sumBar), sum.value().add(sumBar))) {
                for (long c : new long[] {fewest, count.value() + countBar}) {
                    BigDecimal down = s.divide(BigDecimal.valueOf(c), scale, RoundingMode.FLOOR);
                    BigDecimal up = s.divide(BigDecimal.valueOf(c), scale, RoundingMode.CEILING);
                    least = least == null ? down : least.min(down);
                    most = most == null ? up : most.max(up);
                }
            }
            low = least.max(lower).min(value);
            high = most.min(upper).max(value);
        }
        return new NoisyMean(epsilon, value, low, high, sum, count);
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal lower, BigDecimal upper) {
        return value.max(lower).min(upper);
    }
}
