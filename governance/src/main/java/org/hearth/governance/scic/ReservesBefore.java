package org.hearth.governance.scic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * A SCIC's indivisible reserves as they stand before the year's allocation.
 *
 * @param legalReserve the legal reserve's own balance (art. 16)
 * @param statutoryReserve the statutory reserve's balance (art. 19 nonies)
 */
public record ReservesBefore(Money legalReserve, Money statutoryReserve) {

    public ReservesBefore {
        Objects.requireNonNull(legalReserve, "legalReserve");
        Objects.requireNonNull(statutoryReserve, "statutoryReserve");
        if (!legalReserve.currency().equals(statutoryReserve.currency())) {
            throw new IllegalArgumentException("reserves must be in one currency: " + legalReserve + ", " + statutoryReserve);
        }
    }

    /** Both reserves together. */
    public Money total() {
        return legalReserve.plus(statutoryReserve);
    }
}
