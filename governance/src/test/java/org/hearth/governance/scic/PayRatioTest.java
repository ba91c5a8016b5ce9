package org.hearth.governance.scic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.hearth.kernel.money.Money;
import org.junit.jupiter.api.Test;

class PayRatioTest {

    // 151.67 hours a month at 11.65 an hour, times twelve (the 2024 SMIC, as an example of recorded data).
    private static final Money SMIC = eur("21203.04");
    private static final EsusLimits LAW = EsusLimits.CODE_DU_TRAVAIL_L3332_17_1;

    private static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    private static List<AnnualPay> pay(String... amounts) {
        List<AnnualPay> pay = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            pay.add(new AnnualPay("p" + i, eur(amounts[i])));
        }
        return pay;
    }

    @Test
    void limitsAreSevenAndTenTimesTheAnnualSmic() {
        PayRatioResult result = PayRatio.check(pay("30000.00"), SMIC, LAW);

        assertThat(result.averageLimit()).isEqualTo(eur("148421.28"));
        assertThat(result.highestLimit()).isEqualTo(eur("212030.40"));
    }

    @Test
    void payExactlyAtBothLimitsPasses() {
        PayRatioResult result = PayRatio.check(
                pay("212030.40", "132519.00", "132519.00", "132519.00", "132519.00", "25000.00"), SMIC, LAW);

        // (212030.40 + 4 × 132519.00) / 5 = 148421.28, seven times the SMIC to the cent.
        assertThat(result.averageOfBestPaid()).isEqualTo(eur("148421.28"));
        assertThat(result.bestPaid()).hasSize(5);
        assertThat(result.passes()).isTrue();
        assertThat(result.failures()).isEmpty();
    }

    @Test
    void averageOfTheFiveBestPaidAboveSevenTimesFails() {
        PayRatioResult result = PayRatio.check(
                pay("212030.40", "132519.00", "132519.00", "132519.00", "132519.01", "25000.00"), SMIC, LAW);

        assertThat(result.averageWithinLimit()).isFalse();
        assertThat(result.highestWithinLimit()).isTrue();
        assertThat(result.averageOfBestPaid()).isEqualTo(eur("148421.29"));
        assertThat(result.failures()).containsExactly("the average pay of the 5 best-paid, EUR 148421.29, is above"
                + " 7 × the annual SMIC (EUR 148421.28, Code du travail L3332-17-1)");
    }

    @Test
    void bestPaidAboveTenTimesFailsEvenWithALowAverage() {
        PayRatioResult result = PayRatio.check(pay("212030.41", "30000.00", "30000.00", "30000.00", "30000.00"), SMIC, LAW);

        assertThat(result.averageWithinLimit()).isTrue();
        assertThat(result.highestWithinLimit()).isFalse();
        assertThat(result.highestPay()).isEqualTo(eur("212030.41"));
        assertThat(result.passes()).isFalse();
    }

    @Test
    void withFewerThanFivePeopleTheAverageIsOverThoseThereAre() {
        PayRatioResult within = PayRatio.check(pay("150000.00", "146842.56"), SMIC, LAW);
        PayRatioResult over = PayRatio.check(pay("150000.00", "146842.57"), SMIC, LAW);

        assertThat(within.bestPaid()).hasSize(2);
        assertThat(within.averageOfBestPaid()).isEqualTo(eur("148421.28"));
        assertThat(within.passes()).isTrue();
        assertThat(over.averageWithinLimit()).isFalse();
    }

    @Test
    void multiplesComeFromTheLimitsGiven() {
        EsusLimits stricter = new EsusLimits(3, new BigDecimal("5"), new BigDecimal("6"));

        PayRatioResult result = PayRatio.check(pay("120000.00", "98000.00", "100000.00", "10000.00"), SMIC, stricter);

        // Three best-paid average 106000.00, within 5 × SMIC; the fourth is not counted.
        assertThat(result.bestPaid()).extracting(AnnualPay::person).containsExactly("p0", "p2", "p1");
        assertThat(result.averageLimit()).isEqualTo(eur("106015.20"));
        assertThat(result.averageWithinLimit()).isTrue();
        assertThat(result.highestWithinLimit()).isTrue();
    }

    @Test
    void nobodyPaidPasses() {
        assertThat(PayRatio.check(List.of(), SMIC, LAW).passes()).isTrue();
    }

    @Test
    void personCountedTwiceIsRejected() {
        List<AnnualPay> pay = List.of(new AnnualPay("p0", eur("1.00")), new AnnualPay("p0", eur("2.00")));

        assertThatThrownBy(() -> PayRatio.check(pay, SMIC, LAW)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p0 appears twice");
    }
}
