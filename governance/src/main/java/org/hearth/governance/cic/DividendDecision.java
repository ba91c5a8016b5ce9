package org.hearth.governance.cic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * Whether a proposed dividend may be declared in respect of a financial year, with the figures
 * the community interest report shows (form CIC34: the dividends, the cap, and how compliance was
 * worked out).
 *
 * @param profits the distributable profits of the year, with their working
 * @param rate the cap rate in force on the first day of the year; empty if none is recorded
 * @param cap distributable profits × rate, rounded down to the minor unit, and zero when there
 *     are no distributable profits; empty when there is no rate
 * @param declaredNonExempt dividends already declared in respect of the year that count towards
 *     the cap (a claimed exemption that could not be shown counts here)
 * @param declaredExempt dividends already declared in respect of the year that are exempt
 * @param proposed the dividend being decided
 * @param outcome the decision and its reason
 * @param explanation the working, in a sentence a member can check
 */
public record DividendDecision(
        DistributableProfits profits,
        Optional<BigDecimal> rate,
        Optional<Money> cap,
        Money declaredNonExempt,
        Money declaredExempt,
        Dividend proposed,
        Outcome outcome,
        String explanation) {

    /** The decision, with the reason when it is a refusal. */
    public enum Outcome {
        /** Not exempt, and the year's non-exempt dividends stay within the cap (reg 19). */
        WITHIN_CAP(true),
        /** Exempt (reg 17): it does not count towards the cap, and stays within distributable profits. */
        EXEMPT(true),
        /** The year's non-exempt dividends would exceed the cap (reg 19). */
        OVER_CAP(false),
        /**
         * All distributions in respect of the year, exempt ones included, would exceed the
         * distributable profits: no company may do that (Companies Act 2006 s. 830), cap or not.
         */
        OVER_DISTRIBUTABLE_PROFITS(false),
        /** An exemption is claimed but the body is not named in the charter, or no consent reference is given. */
        EXEMPTION_NOT_SHOWN(false),
        /** No cap rate is recorded for the first day of the year, so the cap cannot be worked out. */
        NO_RATE_IN_FORCE(false);

        private final boolean allows;

        Outcome(boolean allows) {
            this.allows = allows;
        }

        /** Whether the dividend may be declared. */
        public boolean allows() {
            return allows;
        }
    }

    public DividendDecision {
        Objects.requireNonNull(profits, "profits");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(declaredNonExempt, "declaredNonExempt");
        Objects.requireNonNull(declaredExempt, "declaredExempt");
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the proposed dividend may be declared. */
    public boolean allowed() {
        return outcome.allows();
    }

    /** First day of the financial year decided. */
    public LocalDate yearStart() {
        return profits.yearStart();
    }

    /**
     * What non-exempt dividends may still be declared in respect of the year before this
     * proposal: the cap less what is already declared, never below zero. Empty without a rate.
     */
    public Optional<Money> headroom() {
        return cap.map(c -> c.minus(declaredNonExempt).max(Money.zero(c.currency())));
    }
}
