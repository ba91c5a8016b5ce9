package org.hearth.governance.scic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hearth.kernel.money.Money;

/**
 * The pay limits an enterprise must meet for the ESUS approval (Code du travail L3332-17-1): the
 * average pay of the best-paid people (five) at most a multiple (seven) of the annual full-time
 * SMIC, and the best-paid at most another multiple (ten). The multiples are {@link EsusLimits};
 * the annual SMIC of the year is passed in as recorded data, since it changes at least yearly.
 *
 * <p>Decisions taken here: with fewer people paid than the count, the average is over those there
 * are (the law counts "the five best-paid", and a smaller team has no others to count); with
 * nobody paid, both limits are met. Limits are compared on exact totals, {@code Σ pay ≤ n ×
 * multiple × SMIC}, so no rounding of an average can tip the result; displayed limits are
 * rounded down and the displayed average up, so the figures never look more compliant than the
 * check.
 */
public final class PayRatio {

    private PayRatio() {
    }

    /**
     * Checks a year's pay.
     *
     * @param pay each person paid in the year, once, at their full-time-equivalent annual pay
     * @param annualSmic the annual full-time pay at the SMIC for that year
     * @param limits the multiples, normally {@link EsusLimits#CODE_DU_TRAVAIL_L3332_17_1}
     * @throws IllegalArgumentException if a person appears twice or currencies differ
     */
    public static PayRatioResult check(List<AnnualPay> pay, Money annualSmic, EsusLimits limits) {
        Objects.requireNonNull(annualSmic, "annualSmic");
        requireOncePerPerson(pay);
        List<AnnualPay> best = pay.stream()
                .sorted(Comparator.comparing(AnnualPay::fullTimeEquivalent).reversed())
                .limit(limits.bestPaidCount())
                .toList();
        Money zero = Money.zero(annualSmic.currency());
        Money total = best.stream().map(AnnualPay::fullTimeEquivalent).reduce(zero, Money::plus);
        Money highest = best.isEmpty() ? zero : best.getFirst().fullTimeEquivalent();
        BigDecimal count = BigDecimal.valueOf(Math.max(1, best.size()));
        Money average = new Money(total.amount().divide(count, annualSmic.currency().getDefaultFractionDigits(),
                RoundingMode.UP), annualSmic.currency());
        BigDecimal averageCeiling = annualSmic.amount().multiply(limits.averageMultiple()).multiply(count);
        return new PayRatioResult(annualSmic, limits, best, average,
                annualSmic.times(limits.averageMultiple(), RoundingMode.DOWN), highest,
                annualSmic.times(limits.highestMultiple(), RoundingMode.DOWN),
                total.amount().compareTo(averageCeiling) <= 0,
                highest.amount().compareTo(annualSmic.amount().multiply(limits.highestMultiple())) <= 0);
    }

    private static void requireOncePerPerson(List<AnnualPay> pay) {
        Set<String> seen = new HashSet<>();
        for (AnnualPay entry : pay) {
            if (!seen.add(entry.person())) {
                throw new IllegalArgumentException(entry.person() + " appears twice; give each person's pay for the year once");
            }
        }
    }
}
