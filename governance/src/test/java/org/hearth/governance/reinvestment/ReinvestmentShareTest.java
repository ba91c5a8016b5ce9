package org.hearth.governance.reinvestment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.hearth.governance.SampleCharters;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.DatedRate;
import org.hearth.governance.scic.ReservesBefore;
import org.hearth.governance.scic.ShareCapitalHistory;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class ReinvestmentShareTest {

    private static final Charter CIC = SampleCharters.ukCic();
    private static final Charter SCIC = SampleCharters.frScic();

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static YearResult cicYear(int year, String result, String paidOut) {
        return new YearResult(LocalDate.of(year, 4, 1), gbp(result), gbp(paidOut));
    }

    /** A year of a SCIC whose capital has stood at 100,000.00 since 2020 and whose legal reserve is {@code legalReserve}. */
    private static ScicYear scicYear(int year, String surplus, String distributed, String legalReserve) {
        return new ScicYear(new YearResult(LocalDate.of(year, 1, 1), eur(surplus), eur(distributed)),
                ShareCapitalHistory.none(Currency.getInstance("EUR")).with(LocalDate.of(2020, 1, 15), eur("100000.00")),
                new ReservesBefore(eur(legalReserve), eur("0.00")));
    }

    @Test
    void cicPayingTheFullCapRetainsExactlyTheMinimum() {
        Retention retention = ReinvestmentShare.ukCic(CIC, List.of(cicYear(2023, "10000.00", "3500.00")))
                .years().getFirst().retention();

        assertThat(retention.retained()).isEqualTo(gbp("6500.00"));
        assertThat(retention.minimumRetained()).isEqualTo(gbp("6500.00"));
        assertThat(retention.share()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.65"));
        assertThat(retention.minimumShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.65"));
        assertThat(retention.belowMinimum()).isFalse();
    }

    @Test
    void cicShareBelowTheMinimumIsFlaggedForTheYearAndCumulatively() {
        ReinvestmentReport report = ReinvestmentShare.ukCic(CIC, List.of(
                cicYear(2024, "10000.00", "4000.00"), cicYear(2023, "10000.00", "3500.00")));

        assertThat(report.years()).extracting(YearShare::firstDay)
                .containsExactly(LocalDate.of(2023, 4, 1), LocalDate.of(2024, 4, 1));
        assertThat(report.yearsBelowMinimum()).extracting(YearShare::firstDay).containsExactly(LocalDate.of(2024, 4, 1));
        assertThat(report.cumulative().profitGenerated()).isEqualTo(gbp("20000.00"));
        assertThat(report.cumulative().retained()).isEqualTo(gbp("12500.00"));
        assertThat(report.cumulative().minimumRetained()).isEqualTo(gbp("13000.00"));
        assertThat(report.cumulative().share()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.625"));
        assertThat(report.cumulative().belowMinimum()).isTrue();
    }

    @Test
    void cicMinimumIsRoundedUp() {
        // 35% of 333.33 is 116.6655; the cap rounds down to 116.66, so 216.67 must be retained.
        Retention retention = ReinvestmentShare.ukCic(CIC, List.of(cicYear(2023, "333.33", "116.67")))
                .years().getFirst().retention();

        assertThat(retention.minimumRetained()).isEqualTo(gbp("216.67"));
        assertThat(retention.belowMinimum()).isTrue();
    }

    @Test
    void lossYearHasNoShareAndIsFlaggedOnlyIfItPaidOut() {
        ReinvestmentReport report = ReinvestmentShare.ukCic(CIC, List.of(
                cicYear(2022, "-5000.00", "0.00"), cicYear(2023, "8000.00", "2000.00"), cicYear(2024, "-3000.00", "1000.00")));

        YearShare quietLoss = report.years().get(0);
        YearShare payingLoss = report.years().get(2);
        assertThat(quietLoss.result()).isEqualTo(gbp("-5000.00"));
        assertThat(quietLoss.retention().profitGenerated()).isEqualTo(gbp("0.00"));
        assertThat(quietLoss.retention().share()).isEmpty();
        assertThat(quietLoss.retention().belowMinimum()).isFalse();
        assertThat(payingLoss.retention().retained()).isEqualTo(gbp("-1000.00"));
        assertThat(payingLoss.retention().belowMinimum()).isTrue();
        // Profit generated counts the profitable year only; everything paid out counts.
        assertThat(report.cumulative().profitGenerated()).isEqualTo(gbp("8000.00"));
        assertThat(report.cumulative().retained()).isEqualTo(gbp("5000.00"));
        assertThat(report.cumulative().minimumRetained()).isEqualTo(gbp("5200.00"));
        assertThat(report.cumulative().belowMinimum()).isTrue();
    }

    @Test
    void cicMinimumFollowsTheCapInForceOnTheFirstDayOfEachYear() {
        Charter charter = SampleCharters.withDividendCap(CIC, List.of(
                new DatedRate(LocalDate.of(2005, 7, 1), new BigDecimal("0.35")),
                new DatedRate(LocalDate.of(2025, 6, 1), new BigDecimal("0.50"))));

        ReinvestmentReport report = ReinvestmentShare.ukCic(charter, List.of(
                cicYear(2025, "10000.00", "0.00"), cicYear(2026, "10000.00", "0.00")));

        assertThat(report.years()).extracting(y -> y.retention().minimumRetained())
                .containsExactly(gbp("6500.00"), gbp("5000.00"));
    }

    @Test
    void cicProfitableYearBeforeTheCapScheduleCannotBeMeasured() {
        assertThatThrownBy(() -> ReinvestmentShare.ukCic(CIC, List.of(cicYear(2004, "100.00", "0.00"))))
                .isInstanceOfSatisfying(MissingCapRateException.class,
                        e -> assertThat(e.firstDay()).isEqualTo(LocalDate.of(2004, 4, 1)));
        assertThat(ReinvestmentShare.ukCic(CIC, List.of(cicYear(2004, "-100.00", "0.00"))).cumulative().belowMinimum())
                .isFalse();
    }

    @Test
    void scicMinimumIsTheIndivisibleReservesBelowAndAboveCapital() {
        ReinvestmentReport report = ReinvestmentShare.frScic(SCIC, List.of(
                scicYear(2024, "10000.00", "4250.00", "20000.00"),
                scicYear(2025, "10000.00", "5000.00", "150000.00"),
                scicYear(2026, "10000.00", "5000.00", "20000.00")));

        assertThat(report.years()).extracting(y -> y.retention().minimumRetained())
                .containsExactly(eur("5750.00"), eur("5000.00"), eur("5750.00"));
        assertThat(report.years().get(0).retention().minimumShare())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo(SCIC.scic().orElseThrow().minimumReinvestedShare()));
        assertThat(report.years().get(1).retention().minimumShare())
                .hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.5"));
        assertThat(report.yearsBelowMinimum()).extracting(YearShare::firstDay).containsExactly(LocalDate.of(2026, 1, 1));
        assertThat(report.cumulative().retained()).isEqualTo(eur("15750.00"));
        assertThat(report.cumulative().minimumRetained()).isEqualTo(eur("16500.00"));
    }

    @Test
    void scicReportNeedsAScicCharter() {
        assertThatThrownBy(() -> ReinvestmentShare.frScic(CIC, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("uk-cic, not fr-scic");
    }

    @Test
    void sameYearTwiceIsRejected() {
        assertThatThrownBy(() -> ReinvestmentShare.ukCic(CIC, List.of(cicYear(2023, "1.00", "0.00"), cicYear(2023, "2.00", "0.00"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two years start on 2023-04-01");
    }
}
