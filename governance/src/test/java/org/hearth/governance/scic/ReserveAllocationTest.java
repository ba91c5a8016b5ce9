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

    private static ShareCapitalHistory capital(String... datesAndChanges) {
        ShareCapitalHistory history = ShareCapitalHistory.none(EUR);
        for (int i = 0; i < datesAndChanges.length; i += 2) {
            history = history.with(LocalDate.parse(datesAndChanges[i]), eur(datesAndChanges[i + 1]));
        }
        return history;
    }

    private static ReserveAllocation allocation(String surplus, ShareCapitalHistory capital, String legal, String statutory) {
        return ReserveAllocation.of(RATES, eur(surplus), capital, new ReservesBefore(eur(legal), eur(statutory)));
    }

    @Test
    void legalReserveBelowTheMarkStillTakesFifteenPercentWhenTotalReservesExceedCapital() {
        // Capital 10,000.00; legal reserve 3,000.00 and statutory reserve 8,500.00: 11,500.00 in all.
        ReserveMinimums minimums = allocation("10000.00", capital("2024-01-15", "10000.00"), "3000.00", "8500.00").minimums();

        assertThat(minimums.legalReserve()).isEqualTo(eur("1500.00"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("4250.00"));
        assertThat(minimums.legalReserveLimitedByCapital()).isFalse();
    }

    @Test
    void reducingCapitalDoesNotLowerTheThreshold() {
        // The capital reached 100,000.00, then fell to 60,000.00; the legal reserve is 99,000.00.
        ShareCapitalHistory reduced = capital("2022-03-01", "100000.00", "2024-06-30", "-40000.00");
        ReserveMinimums minimums = allocation("10000.00", reduced, "99000.00", "0.00").minimums();

        assertThat(reduced.current()).isEqualTo(eur("60000.00"));
        assertThat(reduced.highWaterMark()).isEqualTo(eur("100000.00"));
        assertThat(minimums.legalReserve()).isEqualTo(eur("1000.00"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("4500.00"));
        assertThat(minimums.legalReserveLimitedByCapital()).isTrue();
    }

    @Test
    void legalReserveAtTheMarkTakesNothing() {
        ReserveMinimums minimums = allocation("10000.00", capital("2022-03-01", "100000.00", "2024-06-30", "-60000.00"),
                "100000.00", "0.00").minimums();

        assertThat(minimums.legalReserve()).isEqualTo(eur("0.00"));
        assertThat(minimums.statutoryReserve()).isEqualTo(eur("5000.00"));
        assertThat(minimums.legalReserveLimitedByCapital()).isTrue();
    }

    @Test
    void aNewHighRaisesTheThresholdAgain() {
        // 100,000.00, down to 40,000.00, then up to 120,000.00: the legal reserve of 100,000.00 is 20,000.00 short.
        ShareCapitalHistory history = capital("2021-01-10", "100000.00", "2022-05-01", "-60000.00", "2024-09-01", "80000.00");
        ReserveMinimums minimums = allocation("10000.00", history, "100000.00", "30000.00").minimums();

        assertThat(history.highWaterMark()).isEqualTo(eur("120000.00"));
        assertThat(minimums.legalReserve()).isEqualTo(eur("1500.00"));
    }

    @Test
    void refusalNamesTheLegalReserveAndTheMark() {
        AllocationDecision decision = allocation("10000.00", capital("2022-03-01", "100000.00", "2024-06-30", "-40000.00"),
                "99000.00", "25000.00").check(proposal("999.99", "4500.01", "0.00"));

        assertThat(decision.outcome()).isEqualTo(Outcome.LEGAL_RESERVE_TOO_LOW);
        assertThat(decision.explanation()).isEqualTo("the legal reserve gets EUR 999.99, less than the EUR 1000.00 required"
                + " (what brings the legal reserve of EUR 99000.00 up to the capital's high-water mark of EUR 100000.00, art. 16)");
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
                + " required (15% of the surplus while the legal reserve of EUR 20000.00 is below the capital's high-water mark"
                + " of EUR 100000.00, art. 16)");
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
