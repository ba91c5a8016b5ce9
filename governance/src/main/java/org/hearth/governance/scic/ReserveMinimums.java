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
 *     surplus because that would take the legal reserve past the capital's high-water mark (it is
 *     then what brings it up to the mark, which is zero once it has reached it)
 * @param capitalHighWaterMark the highest share capital ever reached up to the closing date: the
 *     threshold the legal reserve is compared with (art. 16)
 */
public record ReserveMinimums(Money surplus, Money legalReserve, Money statutoryReserve, boolean legalReserveLimitedByCapital,
        Money capitalHighWaterMark) {

    public ReserveMinimums {
        Objects.requireNonNull(surplus, "surplus");
        Objects.requireNonNull(capitalHighWaterMark, "capitalHighWaterMark");
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
