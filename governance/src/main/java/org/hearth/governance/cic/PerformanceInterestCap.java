package org.hearth.governance.cic;

import org.hearth.governance.charter.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.governance.cic.InterestDecision.Outcome;
import org.hearth.kernel.money.Money;

/**
 * The cap on performance-related interest of a community interest company.
 *
 * <p>Regs 21 and 22 of SI 2005/1788: a company may not be liable to pay, or pay, interest at a
 * performance-related rate above the interest cap, and the applicable cap is the one in effect
 * when the agreement to pay that interest was made, expressed as a share of the average amount
 * of the debt outstanding. The charter's {@code performance_interest_cap} schedule holds the
 * dated caps (in the default charter 10% from 6 April 2010, 20% from 1 October 2014).
 *
 * <p>Decisions taken here: the cap is rounded <em>down</em> to the minor unit, so rounding never
 * allows more than the law; an agreement dated before the first entry of the schedule is not
 * decided ({@link Outcome#NO_CAP_FOR_AGREEMENT_DATE}) because the caps before 6 April 2010 were
 * expressed differently (over Bank of England base rate) and are not recorded. Whether reg 21
 * applies at all (an agreement made before the company became a CIC is outside it) is for the
 * caller to establish before asking.
 */
public final class PerformanceInterestCap {

    private PerformanceInterestCap() {
    }

    /** Decides whether the interest of {@code loan} is within the cap its agreement date fixes. */
    public static InterestDecision check(Charter charter, PerformanceInterest loan) {
        Optional<BigDecimal> rate = DatedRate.inForceOn(charter.performanceInterestCap(), loan.agreementDate());
        if (rate.isEmpty()) {
            return new InterestDecision(loan, rate, Optional.empty(), Outcome.NO_CAP_FOR_AGREEMENT_DATE,
                    "no performance-related interest cap is recorded for agreements made on " + loan.agreementDate()
                            + "; the charter's schedule starts " + firstEntry(charter)
                            + ", and no cap is guessed for an earlier agreement");
        }
        Money cap = loan.averageOutstanding().times(rate.get(), RoundingMode.DOWN);
        boolean within = loan.interest().compareTo(cap) <= 0;
        String explanation = "interest of " + loan.interest() + (within ? " is within" : " exceeds") + " the cap of "
                + cap + ": " + Percent.of(rate.get()) + " (the cap for agreements made on " + loan.agreementDate()
                + ") of the average " + loan.averageOutstanding() + " outstanding";
        return new InterestDecision(loan, rate, Optional.of(cap), within ? Outcome.WITHIN_CAP : Outcome.OVER_CAP,
                explanation);
    }

    private static String firstEntry(Charter charter) {
        return charter.performanceInterestCap().stream().map(DatedRate::from).min(LocalDate::compareTo)
                .map(String::valueOf).orElse("nowhere (it is empty)");
    }
}
