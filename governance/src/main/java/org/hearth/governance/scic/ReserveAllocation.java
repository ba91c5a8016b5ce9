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
 * <p>Loi n° 47-1775 du 10 septembre 1947: while the reserves are below share capital, at least
 * the legal reserve rate (15%) of the surplus goes to the legal reserve (art. 16); at least the
 * statutory reserve rate (50%) of what remains goes to the statutory reserve (art. 19 nonies); the
 * rest may be distributed. Both rates come from the charter.
 *
 * <p>Decisions taken here, where the text or the brief is silent:
 * <ul>
 *   <li><b>Reaching capital.</b> When the legal rate of the surplus would take the reserves past
 *       share capital, the legal minimum is only what brings them up to capital. Art. 16 makes
 *       the allocation compulsory <em>until</em> reserves reach capital, as company law does for
 *       the legal reserve of an SA (Code de commerce L232-10: the allocation "cesse d'être
 *       obligatoire" at the threshold); nothing obliges more beyond it. The company may always
 *       allocate more. The statutory minimum then applies to the larger remainder.
 *   <li><b>Which capital.</b> The caller passes the figure the reserves are compared with; art. 16
 *       is commonly read as the highest amount the capital has reached, since a SCIC's capital
 *       varies as members join and leave.
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
    private final Money shareCapital;
    private final Money reservesBefore;

    private ReserveAllocation(ScicReserves rates, Money surplus, Money shareCapital, Money reservesBefore) {
        this.rates = Objects.requireNonNull(rates, "rates");
        this.surplus = Objects.requireNonNull(surplus, "surplus");
        this.shareCapital = Objects.requireNonNull(shareCapital, "shareCapital");
        this.reservesBefore = Objects.requireNonNull(reservesBefore, "reservesBefore");
        if (!surplus.currency().equals(shareCapital.currency()) || !surplus.currency().equals(reservesBefore.currency())) {
            throw new IllegalArgumentException("surplus, capital and reserves must be in one currency: " + surplus
                    + ", " + shareCapital + ", " + reservesBefore);
        }
    }

    /**
     * The allocation of {@code surplus} at closing.
     *
     * @param rates the charter's reserve rates
     * @param surplus the year's surplus (excédent); zero or negative when there is none
     * @param capital the share capital's history up to the closing date
     * @param reserves the reserves before this year's allocation
     */
    public static ReserveAllocation of(ScicReserves rates, Money surplus, ShareCapitalHistory capital, ReservesBefore reserves) {
        return new ReserveAllocation(rates, surplus, capital.current(), reserves.total());
    }

    /** The least that must go to each reserve, with the legal reserve at its own minimum. */
    public ReserveMinimums minimums() {
        Money zero = Money.zero(surplus.currency());
        if (!surplus.isPositive()) {
            return new ReserveMinimums(surplus, zero, zero, false);
        }
        Money gap = shareCapital.minus(reservesBefore).max(zero);
        Money fullRate = surplus.times(rates.legalReserveRate(), RoundingMode.UP);
        Money legal = fullRate.min(gap);
        return new ReserveMinimums(surplus, legal, statutoryRequired(legal), legal.compareTo(fullRate) < 0);
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
                ? " (what brings reserves of " + reservesBefore + " up to the capital of " + shareCapital + ", art. 16)"
                : " (" + Percent.of(rates.legalReserveRate()) + " of the surplus while reserves of " + reservesBefore
                        + " are below the capital of " + shareCapital + ", art. 16)";
    }

    private AllocationDecision decision(ReserveProposal proposal, ReserveMinimums minimums, Outcome outcome,
            String explanation) {
        return new AllocationDecision(proposal, minimums, statutoryRequired(proposal.legalReserve()), outcome, explanation);
    }
}
