package org.hearth.governance.scic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * The least of a year's surplus that must go to indivisible reserves, when the legal reserve
 * takes no more than its own minimum.
 *
 * @param surplus the year's surplus; zero or negative when there is none
 * @param legalReserve least allocation to the legal reserve (art. 16), rounded up to the cent
 * @param statutoryReserve least allocation to the statutory reserve (art. 19 nonies) when the legal
 *     reserve gets exactly {@code legalReserve}, rounded up to the cent
 * @param legalReserveLimitedByCapital whether the legal minimum is less than the full rate of the
 *     surplus because that would take reserves past share capital (it is then what brings them up
 *     to capital, which is zero once they have reached it)
 */
public record ReserveMinimums(Money surplus, Money legalReserve, Money statutoryReserve, boolean legalReserveLimitedByCapital) {

    public ReserveMinimums {
        Objects.requireNonNull(surplus, "surplus");
        Objects.requireNonNull(legalReserve, "legalReserve");
        Objects.requireNonNull(statutoryReserve, "statutoryReserve");
    }

    /** Legal plus statutory minimums: what must stay in the cooperative for good. */
    public Money indivisible() {
        return legalReserve.plus(statutoryReserve);
    }

    /** The most that may be distributed (interest on shares, rebates), or zero without a surplus. */
    public Money distributableAtMost() {
        return surplus.isPositive() ? surplus.minus(indivisible()) : Money.zero(surplus.currency());
    }
}
