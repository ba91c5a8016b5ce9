package org.hearth.governance.cic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * A dividend declared or proposed in respect of a financial year.
 *
 * @param amount the total declared, for all shares it is paid on
 * @param exemption the exemption it claims from the cap, {@link Exemption#NONE} for an ordinary one
 */
public record Dividend(Money amount, Exemption exemption) {

    public Dividend {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(exemption, "exemption");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a dividend cannot be negative: " + amount);
        }
    }

    /** An ordinary dividend of {@code amount}, counting towards the cap. */
    public static Dividend of(Money amount) {
        return new Dividend(amount, Exemption.NONE);
    }
}
