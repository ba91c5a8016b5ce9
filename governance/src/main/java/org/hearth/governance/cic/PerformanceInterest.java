package org.hearth.governance.cic;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * Interest on a debt or debenture whose rate depends on the company's performance (reg 21 of SI
 * 2005/1788), for one period.
 *
 * <p>The cap is an annual rate, and the report states the rate "as calculated over a 12 month
 * period ending with the most recent date on which interest became payable" (reg 28). So the
 * period should be those twelve months: {@code interest} is what became payable in them, and
 * {@code averageOutstanding} the average amount of the debt outstanding over them. A shorter
 * period would let the same rate be charged several times a year.
 *
 * @param agreementDate the day the agreement to pay performance-related interest was made, which
 *     fixes the cap that applies for the life of the loan (reg 21(3))
 * @param averageOutstanding average amount of the debt outstanding over the period
 * @param interest interest payable for the period
 */
public record PerformanceInterest(LocalDate agreementDate, Money averageOutstanding, Money interest) {

    public PerformanceInterest {
        Objects.requireNonNull(agreementDate, "agreementDate");
        Objects.requireNonNull(averageOutstanding, "averageOutstanding");
        Objects.requireNonNull(interest, "interest");
        if (averageOutstanding.isNegative() || interest.isNegative()) {
            throw new IllegalArgumentException("amounts cannot be negative: outstanding " + averageOutstanding
                    + ", interest " + interest);
        }
        if (!averageOutstanding.currency().equals(interest.currency())) {
            throw new IllegalArgumentException("the debt is in " + averageOutstanding.currency().getCurrencyCode()
                    + " but the interest in " + interest.currency().getCurrencyCode());
        }
    }
}
