package org.hearth.governance.scic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * What one employee or manager was paid in a year, bonuses included, converted to a full-time
 * equivalent (L3332-17-1 compares pay "pour un emploi à temps complet"): someone paid 20,000 for
 * half-time work is recorded at 40,000.
 *
 * @param person a stable identifier of the person, not their name
 * @param fullTimeEquivalent annual pay for full-time work
 */
public record AnnualPay(String person, Money fullTimeEquivalent) {

    public AnnualPay {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(fullTimeEquivalent, "fullTimeEquivalent");
        if (fullTimeEquivalent.isNegative()) {
            throw new IllegalArgumentException("pay cannot be negative: " + fullTimeEquivalent);
        }
    }
}
