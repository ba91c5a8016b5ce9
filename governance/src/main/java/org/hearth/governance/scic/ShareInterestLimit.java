package org.hearth.governance.scic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cap on interest on shares for a general meeting, with its working.
 *
 * @param meetingYear calendar year of the general meeting
 * @param tmoUsed the yearly TMO averaged, by year (decimal shares: {@code 0.0312} is 3.12%)
 * @param margin the charter's margin added to the average
 */
public record ShareInterestLimit(Year meetingYear, SortedMap<Year, BigDecimal> tmoUsed, BigDecimal margin) {

    // Truncating, never rounding up, keeps the displayed cap from exceeding the exact one.
    private static final MathContext DISPLAY = new MathContext(34, RoundingMode.DOWN);

    public ShareInterestLimit {
        Objects.requireNonNull(meetingYear, "meetingYear");
        Objects.requireNonNull(margin, "margin");
        tmoUsed = Collections.unmodifiableSortedMap(new TreeMap<>(tmoUsed));
        if (tmoUsed.isEmpty()) {
            throw new IllegalArgumentException("a cap needs at least one year of TMO");
        }
    }

    /** The average TMO, truncated to 34 significant digits (exact whenever it has fewer). */
    public BigDecimal averageTmo() {
        return sum().divide(BigDecimal.valueOf(tmoUsed.size()), DISPLAY);
    }

    /** Average TMO plus the margin, as displayed; {@link #allows} decides on the exact value. */
    public BigDecimal cap() {
        return averageTmo().add(margin);
    }

    /**
     * Whether {@code rate} is at most the cap. Decided without dividing: {@code (rate − margin) × n
     * ≤ Σ TMO}, so an average such as one third of a point can neither tip nor be rounded in
     * the company's favour.
     */
    public boolean allows(BigDecimal rate) {
        return rate.subtract(margin).multiply(BigDecimal.valueOf(tmoUsed.size())).compareTo(sum()) <= 0;
    }

    private BigDecimal sum() {
        return tmoUsed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
