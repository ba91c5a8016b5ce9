package org.hearth.governance.scic;

import org.hearth.governance.charter.Percent;
import java.math.RoundingMode;
import java.util.Objects;
import org.hearth.governance.charter.ScicReserves;
import org.hearth.governance.scic.AllocationDecision.Outcome;
import org.hearth.kernel.money.Money;

/**
 * The allocation of a SCIC's yearly surplus to its indivisible reserves.
 *
 * <p>Loi n° 47-1775 du 10 septembre 1947: while the legal reserve is below the highest amount the
 * share capital has ever reached, at least the legal reserve rate (15%) of the surplus goes to the
 * legal reserve (art. 16); at least the statutory reserve rate (50%) of what remains goes to the
 * statutory reserve (art. 19 nonies); the rest may be distributed. Both rates come from the charter.
 *
 * <p>Decisions taken here, where the text or the brief is silent:
 * <ul>
 *   <li><b>Which capital, which reserve.</b> The threshold is the capital's high-water mark, read
 *       here from its dated history up to the closing date, so that members leaving (a reduction
 *       of capital) never lowers it; it is compared with the legal reserve's own balance, never
 *       with the statutory reserve too (rules.md §2, corrected 2026-12). The rule takes the history
 *       and both reserves and picks the figures itself, so a caller cannot compare the wrong ones.
 *   <li><b>Reaching the mark.</b> When the legal rate of the surplus would take the legal reserve
 *       past the mark, the legal minimum is only what brings it up to the mark. Art. 16 makes the
 *       allocation compulsory <em>until</em> the threshold, as company law does for the legal
 *       reserve of an SA (Code de commerce L232-10: the allocation "cesse d'être obligatoire");
 *       nothing obliges more beyond it. The company may always allocate more. The statutory
 *       minimum then applies to the larger remainder.
 *   <li><b>Statutory share of what remains.</b> The statutory minimum is worked out on what
 *       remains after the legal allocation actually proposed, as art. 19 nonies says; {@link
 *       ReserveMinimums} shows it for a legal allocation at its minimum.
 *   <li><b>No surplus.</b> A loss or a zero result requires nothing and allows nothing to be
 *       allocated. Earlier losses carried forward are the caller's to net off before calling.
 *   <li><b>Rounding.</b> Minimums are rounded up to the cent, so rounding never lets less than
 *       the law into reserves.
 * </ul>
 */
public final class ReserveAllocation {

    private final ScicReserves rates;
    private final Money surplus;
    private final Money highWaterMark;
    private final Money legalReserveBefore;

    private ReserveAllocation(ScicReserves rates, Money surplus, ShareCapitalHistory capital, ReservesBefore reserves) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.surplus = Objects.requireNonNull(surplus, "surplus");
        this.highWaterMark = Objects.requireNonNull(capital, "capital").highWaterMark();
        this.legalReserveBefore = Objects.requireNonNull(reserves, "reserves").legalReserve();
        if (!surplus.currency().equals(highWaterMark.currency()) || !surplus.currency().equals(legalReserveBefore.currency())) {
            throw new IllegalArgumentException("surplus, capital and reserves must be in one currency: " + surplus
                    + ", " + highWaterMark + ", " + legalReserveBefore);
        }
    }

    /**
     * The allocation of {@code surplus} at closing.
     *
     * @param rates the charter's reserve rates
     * @param surplus the year's surplus (excédent); zero or negative when there is none
     * @param capital the share capital's history up to the closing date, whose high-water mark is the threshold
     * @param reserves the reserves before this year's allocation; only the legal reserve counts against the mark
     */
    public static ReserveAllocation of(ScicReserves rates, Money surplus, ShareCapitalHistory capital, ReservesBefore reserves) {
        return new ReserveAllocation(rates, surplus, capital, reserves);
    }

    /** The least that must go to each reserve, with the legal reserve at its own minimum. */
    public ReserveMinimums minimums() {
        Money zero = Money.zero(surplus.currency());
        if (!surplus.isPositive()) {
            return new ReserveMinimums(surplus, zero, zero, false, highWaterMark);
        }
        Money gap = highWaterMark.minus(legalReserveBefore).max(zero);
        Money fullRate = surplus.times(rates.legalReserveRate(), RoundingMode.UP);
        Money legal = fullRate.min(gap);
        return new ReserveMinimums(surplus, legal, statutoryRequired(legal), legal.compareTo(fullRate) < 0, highWaterMark);
    }

    /** Checks a proposed allocation against the minimums and the surplus. */
    public AllocationDecision check(ReserveProposal proposal) {
        ReserveMinimums minimums = minimums();
        Money available = surplus.max(Money.zero(surplus.currency()));
        if (proposal.total().compareTo(available) > 0) {
            return decision(proposal, minimums, Outcome.MORE_THAN_SURPLUS, "the proposal allocates " + proposal.total()
                    + ", more than the surplus of " + available);
        }
        if (proposal.legalReserve().compareTo(minimums.legalReserve()) < 0) {
            return decision(proposal, minimums, Outcome.LEGAL_RESERVE_TOO_LOW, "the legal reserve gets "
                    + proposal.legalReserve() + ", less than the " + minimums.legalReserve() + " required" + legalWhy(minimums));
        }
        Money statutory = statutoryRequired(proposal.legalReserve());
        if (proposal.statutoryReserve().compareTo(statutory) < 0) {
            return decision(proposal, minimums, Outcome.STATUTORY_RESERVE_TOO_LOW, "the statutory reserve gets "
                    + proposal.statutoryReserve() + ", less than the " + statutory + " required ("
                    + Percent.of(rates.statutoryReserveRate()) + " of the " + surplus.minus(proposal.legalReserve())
                    + " left after the legal reserve, art. 19 nonies)");
        }
        return decision(proposal, minimums, Outcome.ACCEPTED, "legal reserve " + proposal.legalReserve() + " (at least "
                + minimums.legalReserve() + "), statutory reserve " + proposal.statutoryReserve() + " (at least "
                + statutory + "), distributed " + proposal.distributed() + ", out of a surplus of " + available);
    }

    private Money statutoryRequired(Money legal) {
        Money remainder = surplus.minus(legal);
        return remainder.isPositive() ? remainder.times(rates.statutoryReserveRate(), RoundingMode.UP)
                : Money.zero(surplus.currency());
    }

    private String legalWhy(ReserveMinimums minimums) {
        return minimums.legalReserveLimitedByCapital()
                ? " (what brings the legal reserve of " + legalReserveBefore + " up to the capital's high-water mark of "
                        + highWaterMark + ", art. 16)"
                : " (" + Percent.of(rates.legalReserveRate()) + " of the surplus while the legal reserve of " + legalReserveBefore
                        + " is below the capital's high-water mark of " + highWaterMark + ", art. 16)";
    }

    private AllocationDecision decision(ReserveProposal proposal, ReserveMinimums minimums, Outcome outcome,
            String explanation) {
        return new AllocationDecision(proposal, minimums, statutoryRequired(proposal.legalReserve()), outcome, explanation);
    }
}
