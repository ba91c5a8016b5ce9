package org.hearth.governance.cic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class DistributableProfitsTest {

    private static final LocalDate Y2022 = LocalDate.of(2022, 4, 1);
    private static final LocalDate Y2023 = LocalDate.of(2023, 4, 1);
    private static final LocalDate Y2024 = LocalDate.of(2024, 4, 1);

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }

    @Test
    void lossYearReducesWhatTheNextProfitableYearMayDistribute() {
        List<ClosedYear> years = List.of(ClosedYear.of(Y2022, gbp("-4000.00")), ClosedYear.of(Y2023, gbp("10000.00")));

        DistributableProfits profits = DistributableProfits.forYear(years, Y2023);

        assertThat(profits.accumulatedProfits()).isEqualTo(gbp("10000.00"));
        assertThat(profits.accumulatedLosses()).isEqualTo(gbp("4000.00"));
        assertThat(profits.lossesNotWrittenOff()).isEqualTo(gbp("4000.00"));
        assertThat(profits.available()).isEqualTo(gbp("6000.00"));
    }

    @Test
    void lossYearHasNothingToDistribute() {
        List<ClosedYear> years = List.of(ClosedYear.of(Y2022, gbp("1000.00")), ClosedYear.of(Y2023, gbp("-2500.00")));

        assertThat(DistributableProfits.forYear(years, Y2023).available()).isEqualTo(gbp("-1500.00"));
    }

    @Test
    void yearWithoutDividendCarriesItsProfitForward() {
        List<ClosedYear> years = List.of(ClosedYear.of(Y2022, gbp("5000.00")), ClosedYear.of(Y2023, gbp("3000.00")));

        assertThat(DistributableProfits.forYear(years, Y2023).available()).isEqualTo(gbp("8000.00"));
    }

    @Test
    void earlierDistributionsAreSubtractedButNotThoseOfTheYearItself() {
        List<ClosedYear> years = List.of(
                ClosedYear.of(Y2022, gbp("5000.00")).withDistributions(gbp("1750.00")),
                ClosedYear.of(Y2023, gbp("3000.00")).withDistributions(gbp("1000.00")));

        DistributableProfits profits = DistributableProfits.forYear(years, Y2023);

        assertThat(profits.previousDistributions()).isEqualTo(gbp("1750.00"));
        assertThat(profits.profitsNotUtilised()).isEqualTo(gbp("6250.00"));
        assertThat(profits.available()).isEqualTo(gbp("6250.00"));
    }

    @Test
    void capitalisedProfitsAndLossesWrittenOffInACapitalReductionCount() {
        List<ClosedYear> years = List.of(
                ClosedYear.of(Y2022, gbp("-2000.00")),
                new ClosedYear(Y2023, gbp("1000.00"), gbp("0"), gbp("300.00"), gbp("1500.00")));

        DistributableProfits profits = DistributableProfits.forYear(years, Y2023);

        assertThat(profits.capitalised()).isEqualTo(gbp("300.00"));
        assertThat(profits.lossesWrittenOff()).isEqualTo(gbp("1500.00"));
        // 1000 - 300 capitalised - (2000 - 1500 written off)
        assertThat(profits.available()).isEqualTo(gbp("200.00"));
    }

    @Test
    void laterYearsDoNotChangeAnEarlierYearsFigure() {
        List<ClosedYear> years = List.of(
                ClosedYear.of(Y2024, gbp("-9000.00")),
                ClosedYear.of(Y2022, gbp("2000.00")).withDistributions(gbp("700.00")),
                ClosedYear.of(Y2023, gbp("1000.00")));

        assertThat(DistributableProfits.forYear(years, Y2023).available()).isEqualTo(gbp("2300.00"));
        assertThat(DistributableProfits.forYear(years, Y2024).available()).isEqualTo(gbp("-6700.00"));
    }

    @Test
    void yearThatIsNotClosedCannotBeWorkedOut() {
        List<ClosedYear> years = List.of(ClosedYear.of(Y2022, gbp("2000.00")));

        assertThatThrownBy(() -> DistributableProfits.forYear(years, Y2023))
                .isInstanceOfSatisfying(YearNotClosedException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
                    assertThat(e.firstDay()).isEqualTo(Y2023);
                })
                .hasMessageContaining("2023-04-01 is not closed");
    }

    @Test
    void sameYearTwiceIsRejected() {
        List<ClosedYear> years = List.of(ClosedYear.of(Y2022, gbp("2000.00")), ClosedYear.of(Y2022, gbp("1.00")));

        assertThatThrownBy(() -> DistributableProfits.forYear(years, Y2022))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two closed years start on 2022-04-01");
    }

    @Test
    void yearMixingCurrenciesIsRejected() {
        assertThatThrownBy(() -> ClosedYear.of(Y2022, gbp("1.00")).withDistributions(Money.of("1.00", "EUR")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mixes GBP with EUR");
    }
}
