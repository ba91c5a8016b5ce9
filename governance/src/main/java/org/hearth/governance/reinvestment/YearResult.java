package org.hearth.governance.reinvestment;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * What a closed financial year made and what left the mission out of it.
 *
 * @param firstDay first day of the financial year
 * @param result realised profit (surplus) for the year, or a loss as a negative amount
 * @param paidOut what was paid to investors and members in respect of the year: for a uk-cic
 *     the dividends that count towards the cap (exempt dividends go to asset-locked bodies and so
 *     stay within the lock, and are not paid out in this sense); for a fr-scic what was
 *     distributed (interest on shares, rebates)
 */
public record YearResult(LocalDate firstDay, Money result, Money paidOut) {

    public YearResult {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(paidOut, "paidOut");
        if (paidOut.isNegative()) {
            throw new IllegalArgumentException("paid out cannot be negative: " + paidOut);
        }
        if (!paidOut.currency().equals(result.currency())) {
            throw new IllegalArgumentException("the year starting " + firstDay + " mixes "
                    + result.currency().getCurrencyCode() + " with " + paidOut.currency().getCurrencyCode());
        }
    }
}
