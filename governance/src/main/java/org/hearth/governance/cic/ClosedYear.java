package org.hearth.governance.cic;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * What a closed financial year did to the company's distributable profits (reg 2 of SI
 * 2005/1788), as the accounts record it.
 *
 * <p>The first year given to {@link DistributableProfits} may carry the figures brought forward
 * from before the company used Hearth: give it the accumulated realised result and utilisations
 * to that date, and every later year after it.
 *
 * @param firstDay first day of the financial year, which identifies it
 * @param result realised profit for the year (positive) or realised loss (negative)
 * @param distributions everything distributed out of the year's profits or declared in respect of
 *     the year, exempt dividends included (they are distributions even if the cap ignores them)
 * @param capitalised profits capitalised during the year, e.g. by a bonus issue of shares
 * @param lossesWrittenOff realised losses written off during the year in a reduction or
 *     reorganisation of capital
 */
public record ClosedYear(LocalDate firstDay, Money result, Money distributions, Money capitalised, Money lossesWrittenOff) {

    public ClosedYear {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(result, "result");
        requireNotNegative("distributions", distributions);
        requireNotNegative("capitalised", capitalised);
        requireNotNegative("lossesWrittenOff", lossesWrittenOff);
        // Fail here, naming the year, rather than later in a sum that cannot say which year was wrong.
        for (Money amount : new Money[] {distributions, capitalised, lossesWrittenOff}) {
            if (!amount.currency().equals(result.currency())) {
                throw new IllegalArgumentException("the year starting " + firstDay + " mixes "
                        + result.currency().getCurrencyCode() + " with " + amount.currency().getCurrencyCode());
            }
        }
    }

    /** A year that made {@code result} and neither distributed, capitalised nor wrote anything off. */
    public static ClosedYear of(LocalDate firstDay, Money result) {
        Money zero = Money.zero(result.currency());
        return new ClosedYear(firstDay, result, zero, zero, zero);
    }

    /** This year with {@code distributions} distributed out of it or declared in respect of it. */
    public ClosedYear withDistributions(Money distributions) {
        return new ClosedYear(firstDay, result, distributions, capitalised, lossesWrittenOff);
    }

    private static void requireNotNegative(String name, Money amount) {
        Objects.requireNonNull(amount, name);
        if (amount.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative: " + amount);
        }
    }
}
