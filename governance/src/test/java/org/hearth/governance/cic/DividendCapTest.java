package org.hearth.governance.cic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.governance.cic.DividendDecision.Outcome;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class DividendCapTest {

    private static final Charter CHARTER = SampleCharters.ukCic();
    private static final LocalDate Y2024 = LocalDate.of(2024, 4, 1);
    private static final Exemption NAMED_TRUST = Exemption.namedBody("Charity 1000001");

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static DistributableProfits profits(LocalDate yearStart, String result) {
        return DistributableProfits.forYear(List.of(ClosedYear.of(yearStart, gbp(result))), yearStart);
    }

    @Test
    void dividendExactlyAtTheCapIsAllowed() {
        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), List.of(),
                Dividend.of(gbp("3500.00")));

        assertThat(decision.outcome()).isEqualTo(Outcome.WITHIN_CAP);
        assertThat(decision.allowed()).isTrue();
        assertThat(decision.rate()).contains(new BigDecimal("0.35"));
        assertThat(decision.cap()).contains(gbp("3500.00"));
        assertThat(decision.headroom()).contains(gbp("3500.00"));
    }

    @Test
    void onePennyOverTheCapIsRefusedWithTheFigures() {
        List<Dividend> declared = List.of(Dividend.of(gbp("2000.00")));

        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), declared,
                Dividend.of(gbp("1500.01")));

        assertThat(decision.outcome()).isEqualTo(Outcome.OVER_CAP);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.cap()).contains(gbp("3500.00"));
        assertThat(decision.declaredNonExempt()).isEqualTo(gbp("2000.00"));
        assertThat(decision.headroom()).contains(gbp("1500.00"));
        assertThat(decision.explanation()).isEqualTo("GBP 2000.00 already declared (not exempt) + GBP 1500.01 proposed"
                + " = GBP 3500.01, over the cap of GBP 3500.00 (35% of distributable profits of GBP 10000.00,"
                + " the rate in force on 2024-04-01)");
    }

    @Test
    void capIsWorkedOutOnProfitsCarriedForwardFromAYearWithoutDividend() {
        List<ClosedYear> years = List.of(ClosedYear.of(LocalDate.of(2023, 4, 1), gbp("6000.00")),
                ClosedYear.of(Y2024, gbp("4000.00")));

        DividendDecision decision = DividendCap.check(CHARTER, DistributableProfits.forYear(years, Y2024), List.of(),
                Dividend.of(gbp("3500.00")));

        assertThat(decision.cap()).contains(gbp("3500.00"));
        assertThat(decision.allowed()).isTrue();
    }

    @Test
    void capIsRoundedDownToThePenny() {
        // 35% of 333.33 is 116.6655: rounding to the nearest penny would allow 116.67.
        DistributableProfits profits = profits(Y2024, "333.33");

        assertThat(DividendCap.check(CHARTER, profits, List.of()).cap()).contains(gbp("116.66"));
        assertThat(DividendCap.check(CHARTER, profits, List.of(), Dividend.of(gbp("116.67"))).outcome())
                .isEqualTo(Outcome.OVER_CAP);
    }

    @Test
    void exemptDividendsDoNotCountTowardsTheCap() {
        List<Dividend> declared = List.of(new Dividend(gbp("5000.00"), NAMED_TRUST), Dividend.of(gbp("1000.00")));

        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "20000.00"), declared,
                Dividend.of(gbp("6000.00")));

        assertThat(decision.declaredExempt()).isEqualTo(gbp("5000.00"));
        assertThat(decision.declaredNonExempt()).isEqualTo(gbp("1000.00"));
        assertThat(decision.cap()).contains(gbp("7000.00"));
        assertThat(decision.headroom()).contains(gbp("6000.00"));
        assertThat(decision.outcome()).isEqualTo(Outcome.WITHIN_CAP);
    }

    @Test
    void exemptDividendAboveTheCapIsAllowedWithinDistributableProfits() {
        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), List.of(),
                new Dividend(gbp("8000.00"), Exemption.regulatorConsent("CIC/2024/0042")));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(decision.explanation()).contains("Regulator's consent CIC/2024/0042");
    }

    @Test
    void exemptDividendBeyondDistributableProfitsIsRefused() {
        List<Dividend> declared = List.of(Dividend.of(gbp("3500.00")));

        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), declared,
                new Dividend(gbp("6500.01"), NAMED_TRUST));

        assertThat(decision.outcome()).isEqualTo(Outcome.OVER_DISTRIBUTABLE_PROFITS);
        assertThat(decision.explanation()).contains("GBP 10000.01, more than the distributable profits of GBP 10000.00");
    }

    @Test
    void exemptionForABodyNotNamedInTheCharterIsNotShown() {
        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), List.of(),
                new Dividend(gbp("100.00"), Exemption.namedBody("Charity 9999999")));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXEMPTION_NOT_SHOWN);
        assertThat(decision.explanation()).contains("\"Charity 9999999\" is named");
    }

    @Test
    void namedBodyIsMatchedOnRegistrationIgnoringCaseAndSpacing() {
        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), List.of(),
                new Dividend(gbp("100.00"), Exemption.namedBody("  charity   1000001 ")));

        assertThat(decision.outcome()).isEqualTo(Outcome.EXEMPT);
        assertThat(decision.explanation()).contains("Sample Digital Rights Trust (Charity 1000001)");
    }

    @Test
    void declaredDividendWithAnUnprovenExemptionCountsTowardsTheCap() {
        List<Dividend> declared = List.of(new Dividend(gbp("1000.00"), Exemption.regulatorConsent(" ")));

        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "10000.00"), declared);

        assertThat(decision.declaredNonExempt()).isEqualTo(gbp("1000.00"));
        assertThat(decision.declaredExempt()).isEqualTo(gbp("0.00"));
        assertThat(decision.headroom()).contains(gbp("2500.00"));
    }

    @Test
    void withoutDistributableProfitsTheCapIsZero() {
        List<ClosedYear> years = List.of(ClosedYear.of(LocalDate.of(2023, 4, 1), gbp("-3000.00")),
                ClosedYear.of(Y2024, gbp("1000.00")));

        DividendDecision decision = DividendCap.check(CHARTER, DistributableProfits.forYear(years, Y2024), List.of(),
                Dividend.of(gbp("0.01")));

        assertThat(decision.cap()).contains(gbp("0.00"));
        assertThat(decision.headroom()).contains(gbp("0.00"));
        assertThat(decision.allowed()).isFalse();
    }

    @Test
    void declaredDividendsAlreadyOverTheCapShowABreachAndNoHeadroom() {
        DividendDecision decision = DividendCap.check(CHARTER, profits(Y2024, "1000.00"),
                List.of(Dividend.of(gbp("400.00"))));

        assertThat(decision.outcome()).isEqualTo(Outcome.OVER_CAP);
        assertThat(decision.headroom()).contains(gbp("0.00"));
    }

    @Test
    void rateChangedDuringAYearAppliesFromTheNextYearOnly() {
        Charter charter = SampleCharters.withDividendCap(CHARTER, List.of(
                new DatedRate(LocalDate.of(2005, 7, 1), new BigDecimal("0.35")),
                new DatedRate(LocalDate.of(2025, 6, 1), new BigDecimal("0.50"))));
        LocalDate y2025 = LocalDate.of(2025, 4, 1);
        LocalDate y2026 = LocalDate.of(2026, 4, 1);

        DividendDecision during = DividendCap.check(charter, profits(y2025, "10000.00"), List.of(), Dividend.of(gbp("3500.01")));
        DividendDecision after = DividendCap.check(charter, profits(y2026, "10000.00"), List.of(), Dividend.of(gbp("3500.01")));

        assertThat(during.rate()).contains(new BigDecimal("0.35"));
        assertThat(during.outcome()).isEqualTo(Outcome.OVER_CAP);
        assertThat(after.rate()).contains(new BigDecimal("0.50"));
        assertThat(after.cap()).contains(gbp("5000.00"));
        assertThat(after.outcome()).isEqualTo(Outcome.WITHIN_CAP);
    }

    @Test
    void yearStartingBeforeTheScheduleIsNotDecidedButAnExemptDividendNeedsNoRate() {
        LocalDate y2005 = LocalDate.of(2005, 4, 1);

        DividendDecision ordinary = DividendCap.check(CHARTER, profits(y2005, "1000.00"), List.of(), Dividend.of(gbp("1.00")));
        DividendDecision exempt = DividendCap.check(CHARTER, profits(y2005, "1000.00"), List.of(),
                new Dividend(gbp("1.00"), NAMED_TRUST));

        assertThat(ordinary.outcome()).isEqualTo(Outcome.NO_RATE_IN_FORCE);
        assertThat(ordinary.rate()).isEqualTo(Optional.empty());
        assertThat(ordinary.cap()).isEqualTo(Optional.empty());
        assertThat(ordinary.explanation()).contains("no dividend cap is recorded in force on 2005-04-01");
        assertThat(exempt.outcome()).isEqualTo(Outcome.EXEMPT);
    }
}
