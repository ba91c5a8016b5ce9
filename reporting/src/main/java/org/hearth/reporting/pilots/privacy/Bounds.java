package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The declared range and precision of a numeric question, fixed before any answer is seen (bounds
 * taken from the data would themselves leak). Values are clamped into [lower, upper] and rounded
 * to {@code decimals} places (half-even), then counted in units of 10<sup>−decimals</sup>, so the
 * noise is an integer number of units. Both bounds must lie on that grid, so a rounded value never
 * leaves them.
 *
 * @param lower the smallest value counted
 * @param upper the largest value counted, greater than {@code lower}
 * @param decimals how many decimals values keep, 0 to {@value #MAX_DECIMALS}
 */
public record Bounds(BigDecimal lower, BigDecimal upper, int decimals) {

    public static final int MAX_DECIMALS = 6;

    public Bounds {
        Objects.requireNonNull(lower, "lower");
        Objects.requireNonNull(upper, "upper");
        if (decimals < 0 || decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException("decimals must be 0 to " + MAX_DECIMALS + ", not " + decimals);
        }
        if (lower.compareTo(upper) >= 0) {
            throw new IllegalArgumentException("the lower bound " + lower.toPlainString()
                    + " must be below the upper bound " + upper.toPlainString());
        }
        if (lower.stripTrailingZeros().scale() > decimals || upper.stripTrailingZeros().scale() > decimals) {
            throw new IllegalArgumentException("the bounds must have at most " + decimals + " decimals");
        }
        lower = lower.setScale(decimals);
        upper = upper.setScale(decimals);
    }

    public static Bounds of(String lower, String upper, int decimals) {
        return new Bounds(new BigDecimal(lower), new BigDecimal(upper), decimals);
    }

    /** The value clamped into the bounds and rounded to the declared decimals. */
    public BigDecimal clamp(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        return value.max(lower).min(upper).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    /** The clamped value in units of 10<sup>−decimals</sup>. */
    long units(BigDecimal value) {
        return clamp(value).unscaledValue().longValueExact();
    }

    /**
     * How far one participant can move a sum, in units: max(|lower|, |upper|)·10<sup>decimals</sup>.
     * With add/remove-one neighbours, a participant's whole clamped value comes or goes.
     */
    long sensitivityUnits() {
        return lower.abs().max(upper.abs()).unscaledValue().longValueExact();
    }

    /** The same sensitivity in the answer's units. */
    public BigDecimal sensitivity() {
        return lower.abs().max(upper.abs());
    }

    /** A number of units as a value with the declared decimals. */
    BigDecimal fromUnits(long units) {
        return BigDecimal.valueOf(units, decimals);
    }

    /** (lower + upper)/2, exactly. */
    public BigDecimal midpoint() {
        return lower.add(upper).divide(BigDecimal.TWO);
    }
}
