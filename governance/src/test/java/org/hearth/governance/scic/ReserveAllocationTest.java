package org.hearth.governance.scic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Currency;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.ScicReserves;
import org.hearth.governance.scic.AllocationDecision.Outcome;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class ReserveAllocationTest {

    private static final ScicReserves RATES = SampleCharters.frScic().scic().orElseThrow();
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final ShareCapitalHistory CAPITAL = ShareCapitalHistory.none(EUR).with(LocalDate.of(2020, 1, 15), eur("100000.00"));

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A capital of 100,000.00 that never moved, and a legal reserve of {@code legalReserve}. */
    private static ReserveAllocation allocation(String surplus, String legalReserve) {
        return ReserveAllocation.of(RATES, eur(surplus), CAPITAL, new ReservesBefore(eur(legalReserve), eur("0.00")));
    }

    private static ReserveProposal proposal(String legal, String statutory, String distributed) {
        return new ReserveProposal(eur(legal), eur(statutory), eur(distributed));
    }

    @Test
    void reservesBelowCapitalTakeFifteenPercentThenHalfOfTheRest() {
        ReserveMinimums minimums = allocation("10000.00", "20000.00").minimums();

        assertThat(minimums.legalReserve()).isEqualTo(eur("1500.00"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("4250.00"));
        assertThat(minimums.indivisible()).isEqualTo(eur("5750.00"));
        assertThat(minimums.distributableAtMost()).isEqualTo(eur("4250.00"));
        assertThat(minimums.legalReserveLimitedByCapital()).isFalse();
    }

    @Test
    void reservesAtOrAboveCapitalTakeOnlyTheStatutoryHalf() {
        ReserveMinimums above = allocation("10000.00", "150000.00").minimums();
        ReserveMinimums equal = allocation("10000.00", "100000.00").minimums();

        assertThat(above.legalReserve()).isEqualTo(eur("0.00"));
        assertThat(above.statutoryReserve()).isEqualTo(eur("5000.00"));
        assertThat(above.distributableAtMost()).isEqualTo(eur("5000.00"));
        assertThat(equal.legalReserve()).isEqualTo(eur("0.00"));
        assertThat(equal.statutoryReserve()).isEqualTo(eur("5000.00"));
    }

    @Test
    void legalMinimumStopsAtWhatBringsReservesUpToCapital() {
        ReserveMinimums minimums = allocation("10000.00", "99000.00").minimums();

        assertThat(minimums.legalReserve()).isEqualTo(eur("1000.00"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("4500.00"));
        assertThat(minimums.distributableAtMost()).isEqualTo(eur("4500.00"));
        assertThat(minimums.legalReserveLimitedByCapital()).isTrue();
    }

    @Test
    void minimumsAreRoundedUpToTheCent() {
        // 15% of 0.11 is 0.0165 and half of the remaining 0.09 is 0.045.
        ReserveMinimums minimums = allocation("0.11", "0.00").minimums();

        assertThat(minimums.legalReserve()).isEqualTo(eur("0.02"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("0.05"));
        assertThat(minimums.distributableAtMost()).isEqualTo(eur("0.04"));
    }

    @Test
    void proposalAtTheMinimumsIsAccepted() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("1500.00", "4250.00", "4250.00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(decision.carriedForward()).isEqualTo(eur("0.00"));
    }

    @Test
    void legalReserveOneCentShortIsRefused() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("1499.99", "4250.01", "4250.00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.LEGAL_RESERVE_TOO_LOW);
        assertThat(decision.explanation()).isEqualTo("the legal reserve gets EUR 1499.99, less than the EUR 1500.00"
                + " required (15% of the surplus while reserves of EUR 20000.00 are below the capital of EUR 100000.00, art. 16)");
    }

    @Test
    void statutoryReserveOneCentShortIsRefused() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("1500.00", "4249.99", "4250.00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.STATUTORY_RESERVE_TOO_LOW);
        assertThat(decision.statutoryRequired()).isEqualTo(eur("4250.00"));
    }

    @Test
    void largerLegalAllocationLowersTheStatutoryMinimumOnWhatRemains() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("3000.00", "3500.00", "3500.00"));

        assertThat(decision.statutoryRequired()).isEqualTo(eur("3500.00"));
        assertThat(decision.accepted()).isTrue();
    }

    @Test
    void allocatingMoreThanTheSurplusIsRefused() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("1500.00", "4250.00", "4250.01"));

        assertThat(decision.outcome()).isEqualTo(Outcome.MORE_THAN_SURPLUS);
        assertThat(decision.carriedForward()).isEqualTo(eur("-0.01"));
    }

    @Test
    void partOfTheSurplusMayBeCarriedForward() {
        AllocationDecision decision = allocation("10000.00", "20000.00").check(proposal("1500.00", "4250.00", "1000.00"));

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.carriedForward()).isEqualTo(eur("3250.00"));
    }

    @Test
    void lossRequiresNothingAndAllowsNothing() {
        ReserveAllocation loss = allocation("-2500.00", "20000.00");

        assertThat(loss.minimums().indivisible()).isEqualTo(eur("0.00"));
        assertThat(loss.minimums().distributableAtMost()).isEqualTo(eur("0.00"));
        assertThat(loss.check(proposal("0.00", "0.00", "0.00")).accepted()).isTrue();
        assertThat(loss.check(proposal("0.00", "0.00", "0.01")).outcome()).isEqualTo(Outcome.MORE_THAN_SURPLUS);
    }
}
