package org.hearth.governance.cic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * Whether performance-related interest may be paid, with what the community interest report
 * states (reg 28: the rate payable, the applicable cap, and how each was worked out).
 *
 * @param loan the interest decided
 * @param rate the cap rate in force on the agreement date; empty if none is recorded
 * @param cap average amount outstanding × rate, rounded down to the minor unit; empty without a rate
 * @param outcome the decision and its reason
 * @param explanation the working, in a sentence
 */
public record InterestDecision(
        PerformanceInterest loan, Optional<BigDecimal> rate, Optional<Money> cap, Outcome outcome, String explanation) {

    /** The decision, with the reason when it is not an approval. */
    public enum Outcome {
        /** The interest is at most the cap. */
        WITHIN_CAP,
        /** The interest exceeds the cap: the company may neither be liable for it nor pay it (reg 21(2)). */
        OVER_CAP,
        /**
         * No cap is recorded for the agreement date, so the question cannot be decided here.
         * Nothing is guessed: the cap for that date must be added to the charter's schedule, or
         * the agreement dealt with by hand.
         */
        NO_CAP_FOR_AGREEMENT_DATE
    }

    public InterestDecision {
        Objects.requireNonNull(loan, "loan");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** Whether the interest may be paid. */
    public boolean allowed() {
        return outcome == Outcome.WITHIN_CAP;
    }

    /**
     * The rate actually payable, interest ÷ average outstanding, to 34 significant digits (for the
     * report; the decision compares amounts, not this quotient). Empty when nothing was outstanding.
     */
    public Optional<BigDecimal> effectiveRate() {
        return loan.averageOutstanding().isPositive()
                ? Optional.of(loan.interest().amount().divide(loan.averageOutstanding().amount(), MathContext.DECIMAL128))
                : Optional.empty();
    }
}
