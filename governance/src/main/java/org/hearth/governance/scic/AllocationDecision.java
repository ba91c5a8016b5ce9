package org.hearth.governance.scic;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/**
 * Whether a proposed allocation of the surplus respects the reserves the law requires.
 *
 * @param proposal the allocation decided
 * @param minimums the minimums of the year
 * @param statutoryRequired least statutory allocation given the <em>proposed</em> legal allocation:
 *     the statutory rate applies to what remains after the legal reserve, so a larger legal
 *     allocation lowers it
 * @param outcome the decision and its reason
 * @param explanation the working, in a sentence
 */
public record AllocationDecision(
        ReserveProposal proposal, ReserveMinimums minimums, Money statutoryRequired, Outcome outcome, String explanation) {

    /** The decision, with the reason when it is a refusal; the first rule broken is reported. */
    public enum Outcome {
        ACCEPTED,
        /** The proposal allocates more than the surplus (or anything at all without a surplus). */
        MORE_THAN_SURPLUS,
        /** Less than the legal minimum goes to the legal reserve (art. 16). */
        LEGAL_RESERVE_TOO_LOW,
        /** Less than the statutory share of what remains goes to the statutory reserve (art. 19 nonies). */
        STATUTORY_RESERVE_TOO_LOW
    }

    public AllocationDecision {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(minimums, "minimums");
        Objects.requireNonNull(statutoryRequired, "statutoryRequired");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(explanation, "explanation");
    }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }

    /** What the proposal leaves unallocated, carried forward; negative when it allocates too much. */
    public Money carriedForward() {
        Money surplus = minimums.surplus().max(Money.zero(minimums.surplus().currency()));
        return surplus.minus(proposal.total());
    }
}
