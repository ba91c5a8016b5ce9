package org.hearth.governance.scic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * How the general meeting proposes to allocate a year's surplus. What is not allocated to either
 * reserve nor distributed is carried forward.
 *
 * @param legalReserve to the legal reserve
 * @param statutoryReserve to the statutory reserve
 * @param distributed paid out: interest on shares, rebates to members
 */
public record ReserveProposal(Money legalReserve, Money statutoryReserve, Money distributed) {

    public ReserveProposal {
        for (Money amount : new Money[] {legalReserve, statutoryReserve, distributed}) {
            Objects.requireNonNull(amount, "amount");
            if (amount.isNegative()) {
                throw new IllegalArgumentException("an allocation cannot be negative: " + amount);
            }
        }
    }

    /** Everything the proposal allocates. */
    public Money total() {
        return legalReserve.plus(statutoryReserve).plus(distributed);
    }
}
