package org.hearth.reporting.pilots.privacy;

import java.math.BigDecimal;

/** An answer would spend more ε than the pilot has left; nothing was spent or answered. */
public final class PrivacyBudgetExceeded extends RuntimeException {

    private final BigDecimal requested;
    private final BigDecimal remaining;

    public PrivacyBudgetExceeded(Epsilon requested, BigDecimal remaining) {
        super("the answer would spend ε = " + requested + " but only " + remaining.toPlainString() + " remains");
        this.requested = requested.toBigDecimal();
        this.remaining = remaining;
    }

    public BigDecimal requested() {
        return requested;
    }

    public BigDecimal remaining() {
        return remaining;
    }
}
