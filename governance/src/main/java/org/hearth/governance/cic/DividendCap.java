package org.hearth.governance.cic;

import org.hearth.governance.charter.Percent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.governance.cic.DividendDecision.Outcome;
import org.hearth.kernel.money.Money;

/**
 * The aggregate dividend cap of a community interest company.
 *
 * <p>Reg 19 of SI 2005/1788 (as amended by SI 2014/2483): the total of the dividends declared in
 * respect of a financial year, minus exempt dividends, may not exceed the cap (35% since 2005) of
 * the year's distributable profits; the cap that applies is the one in force on the first day of
 * the year. Reg 17: a dividend to an asset-locked body named in the articles, or paid with the
 * Regulator's consent, is exempt and does not count. The cap is a ceiling, not a target.
 *
 * <p>Decisions taken here, where the text is silent:
 * <ul>
 *   <li>The cap is rounded <em>down</em> to the minor unit, so rounding never allows a penny more
 *       than the law; with no distributable profits (zero or a deficit) the cap is zero.
 *   <li>Every dividend, exempt or not, must also fit within the distributable profits, since no
 *       company may distribute more (Companies Act 2006 s. 830); an exempt dividend is refused
 *       when it would not.
 *   <li>A declared dividend whose exemption cannot be shown is counted towards the cap, so a
 *       doubtful claim can only make the cap stricter. A <em>proposed</em> dividend whose
 *       exemption cannot be shown is refused, rather than silently booked as an ordinary one.
 *   <li>With no rate recorded for the first day of the year the decision is {@link
 *       Outcome#NO_RATE_IN_FORCE}; no rate is guessed. An exempt dividend needs no rate.
 *   <li>The per-share cap and the carrying forward of unused capacity, abolished for dividends
 *       declared from 1 October 2014, are not checked.
 * </ul>
 */
public final class DividendCap {

    private DividendCap() {
    }

    /**
     * Decides whether {@code proposed} may be declared in respect of the year of {@code profits}.
     *
     * @param charter gives the dated cap rates, the currency and the named asset-locked bodies
     * @param profits the year's distributable profits, from {@link DistributableProfits#forYear}
     * @param declared the dividends already declared in respect of that year, exempt ones included
     * @param proposed the dividend to decide
     * @throws IllegalArgumentException if amounts are not all in one currency
     */
    public static DividendDecision check(Charter charter, DistributableProfits profits, List<Dividend> declared,
            Dividend proposed) {
        Money zero = Money.zero(charter.currency());
        Money declaredExempt = zero;
        Money declaredNonExempt = zero;
        for (Dividend dividend : declared) {
            if (exemptionShown(charter, dividend.exemption())) {
                declaredExempt = declaredExempt.plus(dividend.amount());
            } else {
                declaredNonExempt = declaredNonExempt.plus(dividend.amount());
            }
        }
        Optional<BigDecimal> rate = DatedRate.inForceOn(charter.dividendCap(), profits.yearStart());
        Optional<Money> cap = rate.map(r -> capOf(profits.available(), r));
        var figures = new Figures(charter, profits, rate, cap, declaredNonExempt, declaredExempt, proposed);
        return figures.decide();
    }

    /**
     * Whether the dividends already declared in respect of the year comply: the decision on a
     * proposal of nothing more. This is the check the annual report shows.
     */
    public static DividendDecision check(Charter charter, DistributableProfits profits, List<Dividend> declared) {
        return check(charter, profits, declared, Dividend.of(Money.zero(charter.currency())));
    }

    /** Distributable profits × rate, rounded down; zero when there is nothing to distribute. */
    static Money capOf(Money distributable, BigDecimal rate) {
        Money zero = Money.zero(distributable.currency());
        return distributable.isPositive() ? distributable.times(rate, RoundingMode.DOWN) : zero;
    }

    static boolean exemptionShown(Charter charter, Exemption exemption) {
        return switch (exemption.basis()) {
            case NONE -> false;
            case NAMED_ASSET_LOCKED_BODY -> Registrations.namedInCharter(charter, exemption.reference());
            case REGULATOR_CONSENT -> !exemption.reference().isBlank();
        };
    }

    /** The figures of one decision, kept together so that each step reads them by name. */
    private record Figures(Charter charter, DistributableProfits profits, Optional<BigDecimal> rate,
            Optional<Money> cap, Money declaredNonExempt, Money declaredExempt, Dividend proposed) {

        DividendDecision decide() {
            Exemption exemption = proposed.exemption();
            Money distributable = profits.available().max(Money.zero(charter.currency()));
            Money allDistributions = declaredNonExempt.plus(declaredExempt).plus(proposed.amount());
            if (exemption.claimed() && !exemptionShown(charter, exemption)) {
                return decision(Outcome.EXEMPTION_NOT_SHOWN, exemptionNotShown(exemption));
            }
            if (allDistributions.compareTo(distributable) > 0) {
                return decision(Outcome.OVER_DISTRIBUTABLE_PROFITS, "distributions in respect of the year would total "
                        + allDistributions + ", more than the distributable profits of " + distributable
                        + " (Companies Act 2006 s. 830)");
            }
            if (exemption.claimed()) {
                return decision(Outcome.EXEMPT, "exempt dividend (reg 17, " + exemptionText(exemption)
                        + ") of " + proposed.amount() + ": it does not count towards the cap");
            }
            if (cap.isEmpty()) {
                return decision(Outcome.NO_RATE_IN_FORCE, "no dividend cap is recorded in force on "
                        + profits.yearStart() + ", the first day of the year; add it to the charter's dividend_cap");
            }
            Money total = declaredNonExempt.plus(proposed.amount());
            boolean within = total.compareTo(cap.get()) <= 0;
            return decision(within ? Outcome.WITHIN_CAP : Outcome.OVER_CAP, declaredNonExempt
                    + " already declared (not exempt) + " + proposed.amount() + " proposed = " + total
                    + (within ? ", within" : ", over") + " the cap of " + cap.get() + " (" + Percent.of(rate.get())
                    + " of distributable profits of " + profits.available() + ", the rate in force on "
                    + profits.yearStart() + ")");
        }

        private String exemptionNotShown(Exemption exemption) {
            return exemption.basis() == Exemption.Basis.NAMED_ASSET_LOCKED_BODY
                    ? "the dividend claims to go to an asset-locked body named in the charter, but no body with"
                            + " registration \"" + exemption.reference() + "\" is named there"
                    : "the dividend claims the Regulator's consent but gives no consent reference";
        }

        private String exemptionText(Exemption exemption) {
            return exemption.basis() == Exemption.Basis.NAMED_ASSET_LOCKED_BODY
                    ? "paid to " + Registrations.describe(charter, exemption.reference()) + ", named in the charter"
                    : "Regulator's consent " + exemption.reference();
        }

        private DividendDecision decision(Outcome outcome, String explanation) {
            return new DividendDecision(profits, rate, cap, declaredNonExempt, declaredExempt, proposed, outcome,
                    explanation);
        }
    }
}
