package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The participants' values for one question, one value per participant (the caller groups the
 * answers by participant first), each clamped into the declared {@link Bounds}. Clamping is what
 * makes the sensitivity true: however extreme a participant's value, they move the exact sum by at
 * most max(|lower|, |upper|), the amount the noise is calibrated to hide.
 */
public final class Contributions {

    private final Bounds bounds;
    private final List<BigDecimal> clamped;
    private final long sumUnits;

    private Contributions(Bounds bounds, List<BigDecimal> clamped, long sumUnits) {
        this.bounds = bounds;
        this.clamped = clamped;
        this.sumUnits = sumUnits;
    }

    /** Clamps each participant's value; a participant without a value is left out by the caller. */
    public static Contributions of(List<BigDecimal> perParticipant, Bounds bounds) {
        Objects.requireNonNull(bounds, "bounds");
        List<BigDecimal> clamped = perParticipant.stream().map(bounds::clamp).toList();
        long sum = 0;
        for (BigDecimal value : clamped) {
            sum = Math.addExact(sum, value.unscaledValue().longValueExact());
        }
        return new Contributions(bounds, clamped, sum);
    }

    public Bounds bounds() {
        return bounds;
    }

    /** The clamped values, in the participants' order. */
    public List<BigDecimal> clamped() {
        return clamped;
    }

    public long participants() {
        return clamped.size();
    }

    /** The exact sum of the clamped values: never published as it is. */
    public BigDecimal exactSum() {
        return bounds.fromUnits(sumUnits);
    }

    long sumUnits() {
        return sumUnits;
    }
}
