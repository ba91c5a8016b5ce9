package org.hearth.governance.reinvestment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.governance.charter.ScicReserves;
import org.hearth.governance.scic.ReserveAllocation;
import org.hearth.kernel.money.Money;

/**
 * The share of profit retained in the mission, against the least the law requires.
 *
 * <p>The minimum of each profitable year:
 * <ul>
 *   <li><b>uk-cic</b>: the profit less the dividend cap on it, at the rate in force on the first
 *       day of the year (reg 19 of SI 2005/1788): 65% while the cap is 35%. The cap on the
 *       profit is rounded down, so the minimum is rounded up.
 *   <li><b>fr-scic</b>: the indivisible reserves the year's surplus requires, as {@link
 *       ReserveAllocation} works them out (art. 16 and 19 nonies of loi 47-1775): the charter's
 *       {@link ScicReserves#minimumReinvestedShare} (57.5%) while the legal reserve is below the
 *       highest share capital ever reached, the statutory share (50%) once it has reached that
 *       mark, and in between in the year it does.
 * </ul>
 *
 * <p>Loss years: a loss generates no profit, so it adds nothing to the profit generated and has
 * no minimum, and its share is empty rather than a meaningless quotient. The loss itself is not
 * subtracted from the profits generated, because the question is what share of the profit made
 * went to investors, and a loss sends nothing to them. Anything paid out in a loss year still
 * counts as paid out: such a year is flagged, and it lowers the cumulative share.
 *
 * <p>For a uk-cic the per-year figure is an indicator, not the legal test: the cap applies to
 * distributable profits, which carry earlier years forward, so a year may lawfully pay out more
 * than 35% of its own profit. {@link org.hearth.governance.cic.DividendCap} is the legal test.
 */
public final class ReinvestmentShare {

    private ReinvestmentShare() {
    }

    /**
     * The report for a uk-cic, from its years' results and non-exempt dividends.
     *
     * @throws MissingCapRateException if a profitable year starts before the charter's cap schedule
     */
    public static ReinvestmentReport ukCic(Charter charter, List<YearResult> years) {
        return report(charter, years.stream()
                .map(year -> share(year, ukCicMinimum(charter, year)))
                .toList());
    }

    /**
     * The report for a fr-scic, from its years' surpluses, distributions, capital histories and reserves.
     *
     * @throws IllegalArgumentException if the charter is not a fr-scic one
     */
    public static ReinvestmentReport frScic(Charter charter, List<ScicYear> years) {
        ScicReserves rates = charter.scic().orElseThrow(
                () -> new IllegalArgumentException("the charter is " + charter.legalProfile() + ", not fr-scic"));
        return report(charter, years.stream()
                .map(y -> share(y.year(), ReserveAllocation.of(rates, y.year().result(), y.capital(),
                        y.reservesBefore()).minimums().indivisible()))
                .toList());
    }

    private static Money ukCicMinimum(Charter charter, YearResult year) {
        Money profit = profitOf(year);
        if (!profit.isPositive()) {
            return Money.zero(profit.currency());
        }
        BigDecimal rate = DatedRate.inForceOn(charter.dividendCap(), year.firstDay())
                .orElseThrow(() -> new MissingCapRateException(year.firstDay()));
        return profit.minus(profit.times(rate, RoundingMode.DOWN));
    }

    private static YearShare share(YearResult year, Money minimumRetained) {
        return new YearShare(year.firstDay(), year.result(), new Retention(profitOf(year), year.paidOut(), minimumRetained));
    }

    private static ReinvestmentReport report(Charter charter, List<YearShare> years) {
        requireDistinctYears(years);
        Money zero = Money.zero(charter.currency());
        Retention cumulative = new Retention(zero, zero, zero);
        List<YearShare> sorted = years.stream().sorted(Comparator.comparing(YearShare::firstDay)).toList();
        for (YearShare year : sorted) {
            cumulative = cumulative.plus(year.retention());
        }
        return new ReinvestmentReport(sorted, cumulative);
    }

    private static Money profitOf(YearResult year) {
        return year.result().max(Money.zero(year.result().currency()));
    }

    private static void requireDistinctYears(List<YearShare> years) {
        Set<LocalDate> seen = new HashSet<>();
        for (YearShare year : years) {
            if (!seen.add(year.firstDay())) {
                throw new IllegalArgumentException("two years start on " + year.firstDay());
            }
        }
    }
}
