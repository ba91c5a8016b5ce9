package org.hearth.governance.cic;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hearth.kernel.money.Money;

/**
 * The distributable profits of a financial year, with the working a report can show.
 *
 * <p>Reg 2 of the Community Interest Company Regulations 2005 (SI 2005/1788), in the words of
 * Companies Act 2006 s. 830(2): "accumulated, realised profits, so far as not previously utilised
 * by distribution or capitalisation, less accumulated, realised losses, so far as not previously
 * written off in a reduction or reorganisation of capital". Accumulated means that a year which
 * paid no dividend carries its profit forward, and that a loss reduces what later years may
 * distribute.
 *
 * <p>The figure is the base of the dividend cap for the year starting {@link #yearStart}. So:
 * profits and losses of every closed year up to and including that year count; capitalisations
 * and write-offs recorded up to and including that year count; distributions count only for
 * <em>earlier</em> years, because the distributions in respect of this year are what the cap
 * limits (see {@link DividendCap}), and subtracting them here would shrink the base with every
 * dividend declared. Later years are ignored: they did not exist when this year's dividends were
 * declared.
 *
 * @param yearStart first day of the year the figure is for
 * @param accumulatedProfits sum of the realised profits of the years counted
 * @param previousDistributions distributions in respect of the years before {@code yearStart}
 * @param capitalised profits capitalised in the years counted
 * @param accumulatedLosses sum of the realised losses of the years counted, as a positive amount
 * @param lossesWrittenOff losses written off in a reduction or reorganisation of capital
 */
public record DistributableProfits(
        LocalDate yearStart,
        Money accumulatedProfits,
        Money previousDistributions,
        Money capitalised,
        Money accumulatedLosses,
        Money lossesWrittenOff) {

    public DistributableProfits {
        Objects.requireNonNull(yearStart, "yearStart");
        Objects.requireNonNull(accumulatedProfits, "accumulatedProfits");
        Objects.requireNonNull(previousDistributions, "previousDistributions");
        Objects.requireNonNull(capitalised, "capitalised");
        Objects.requireNonNull(accumulatedLosses, "accumulatedLosses");
        Objects.requireNonNull(lossesWrittenOff, "lossesWrittenOff");
    }

    /**
     * Works out the distributable profits for the year starting {@code yearStart}.
     *
     * @param years every closed year of the company, in any order; each first day at most once
     * @throws YearNotClosedException if no closed year starts on {@code yearStart}
     * @throws IllegalArgumentException if two years start on the same day, or currencies are mixed
     */
    public static DistributableProfits forYear(List<ClosedYear> years, LocalDate yearStart) {
        requireDistinctYears(years);
        ClosedYear target = years.stream().filter(y -> y.firstDay().equals(yearStart)).findFirst()
                .orElseThrow(() -> new YearNotClosedException(yearStart));
        Money zero = Money.zero(target.result().currency());
        Money profits = zero;
        Money distributions = zero;
        Money capitalised = zero;
        Money losses = zero;
        Money writtenOff = zero;
        for (ClosedYear year : years.stream().sorted(Comparator.comparing(ClosedYear::firstDay)).toList()) {
            if (year.firstDay().isAfter(yearStart)) {
                break;
            }
            profits = profits.plus(year.result().max(zero));
            losses = losses.plus(year.result().min(zero).negate());
            capitalised = capitalised.plus(year.capitalised());
            writtenOff = writtenOff.plus(year.lossesWrittenOff());
            if (year.firstDay().isBefore(yearStart)) {
                distributions = distributions.plus(year.distributions());
            }
        }
        return new DistributableProfits(yearStart, profits, distributions, capitalised, losses, writtenOff);
    }

    /** Realised profits not yet utilised: accumulated profits less distributions and capitalisations. */
    public Money profitsNotUtilised() {
        return accumulatedProfits.minus(previousDistributions).minus(capitalised);
    }

    /** Realised losses not yet written off. */
    public Money lossesNotWrittenOff() {
        return accumulatedLosses.minus(lossesWrittenOff);
    }

    /**
     * The distributable profits: {@link #profitsNotUtilised} less {@link #lossesNotWrittenOff}.
     * May be negative, meaning nothing may be distributed and the deficit must be made good first.
     */
    public Money available() {
        return profitsNotUtilised().minus(lossesNotWrittenOff());
    }

    private static void requireDistinctYears(List<ClosedYear> years) {
        Set<LocalDate> seen = new HashSet<>();
        for (ClosedYear year : years) {
            if (!seen.add(year.firstDay())) {
                throw new IllegalArgumentException("two closed years start on " + year.firstDay());
            }
        }
    }
}
