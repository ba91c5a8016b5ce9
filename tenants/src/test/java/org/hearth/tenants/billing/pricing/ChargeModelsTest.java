package org.hearth.tenants.billing.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.tenants.billing.pricing.Pricing.eur;
import static org.hearth.tenants.billing.pricing.Pricing.line;
import static org.hearth.tenants.billing.pricing.Pricing.november;
import static org.hearth.tenants.billing.pricing.Pricing.only;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChargeModelsTest {

    private static final PriceComponent GRADUATED = PriceComponent.metered("reads", Metric.CONSENTED_READS,
            new ChargeModel.Graduated(List.of(Tier.upTo(100, "0.10", "1.00"), Tier.upTo(1000, "0.05", "5.00"), Tier.above("0.01"))));
    private static final PriceComponent VOLUME = PriceComponent.metered("reads", Metric.CONSENTED_READS,
            new ChargeModel.Volume(List.of(Tier.upTo(1000, "0.10"), Tier.upTo(10000, "0.08", "10.00"), Tier.above("0.05", "50.00"))));
    private static final PriceComponent PACKAGE = PriceComponent.metered("delivered", Metric.RECORDS_DELIVERED,
            new ChargeModel.Package(new BigDecimal("1000"), new BigDecimal("2.50")));

    private static BigDecimal amount(PriceComponent component, long units) {
        return line(november(only(component), component.metric().orElseThrow(), units), component.code()).amount().amount();
    }

    @Test
    void standardChargesEveryUnitAtItsPrice() {
        PriceComponent c = PriceComponent.metered("served", Metric.RECORDS_SERVED, new ChargeModel.Standard(new BigDecimal("0.015")));
        InvoiceLine line = line(november(only(c), Metric.RECORDS_SERVED, 1234), "served");
        assertThat(line.amount()).isEqualTo(eur("18.51"));
        assertThat(line.quantity()).isEqualByComparingTo("1234");
        assertThat(line.unitPrice()).contains(new BigDecimal("0.015"));
        assertThat(line.metric()).contains(Metric.RECORDS_SERVED);
        assertThat(line.descriptionKey()).isEqualTo("billing.line.records_served");
    }

    @Test
    void graduatedPricesEachBandAtItsOwnPriceWithItsFlatFeeOnceEntered() {
        InvoiceLine line = line(november(only(GRADUATED), Metric.CONSENTED_READS, 1500), "reads");
        // 100 × 0.10 + 1.00, 900 × 0.05 + 5.00, 500 × 0.01
        assertThat(line.amount()).isEqualTo(eur("66.00"));
        assertThat(line.tiers()).extracting(TierDetail::units).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("100"), new BigDecimal("900"), new BigDecimal("500"));
        assertThat(line.tiers()).extracting(TierDetail::amount).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("11.00"), new BigDecimal("50.00"), new BigDecimal("5.00"));
        assertThat(line.unitPrice()).isEmpty();
    }

    @Test
    void graduatedChargesANextBandsFlatFeeOnlyFromItsFirstUnit() {
        assertThat(amount(GRADUATED, 100)).isEqualByComparingTo("11.00");
        assertThat(amount(GRADUATED, 101)).isEqualByComparingTo("16.05");
        assertThat(amount(GRADUATED, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void volumePricesAllUnitsAtTheBandTheTotalFallsInAtEachBoundary() {
        assertThat(amount(VOLUME, 1000)).isEqualByComparingTo("100.00");
        assertThat(amount(VOLUME, 1001)).isEqualByComparingTo("90.08");
        assertThat(amount(VOLUME, 10000)).isEqualByComparingTo("810.00");
        assertThat(amount(VOLUME, 10001)).isEqualByComparingTo("550.05");
        assertThat(amount(VOLUME, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void packageChargesEveryStartedBlock() {
        assertThat(amount(PACKAGE, 2001)).isEqualByComparingTo("7.50");
        assertThat(amount(PACKAGE, 2000)).isEqualByComparingTo("5.00");
        assertThat(amount(PACKAGE, 1)).isEqualByComparingTo("2.50");
        assertThat(amount(PACKAGE, 0)).isEqualByComparingTo("0.00");
    }

    @Test
    void percentageAddsTheFixedFeeThenAppliesTheMinimumAndMaximumPerTransaction() {
        PriceComponent c = PriceComponent.metered("commission", Metric.TRANSACTION_VALUE, new ChargeModel.Percentage(
                new BigDecimal("1.5"), new BigDecimal("0.10"), Optional.of(new BigDecimal("0.50")), Optional.of(new BigDecimal("25.00"))));
        LocalDate day = LocalDate.of(2026, 11, 12);
        List<Transaction> declared = List.of(
                new Transaction(eur("100.00"), day),   // 1.50 + 0.10
                new Transaction(eur("10.00"), day),    // 0.15 + 0.10, raised to 0.50
                new Transaction(eur("5000.00"), day),  // 75.00 + 0.10, capped at 25.00
                new Transaction(eur("40.00"), day));   // 0.60 + 0.10
        InvoiceLine line = line(Pricing.rateNovember(only(c), List.of(), declared, Pricing.FRENCH_BUSINESS), "commission");
        assertThat(line.amount()).isEqualTo(eur("27.80"));
        assertThat(line.quantity()).isEqualByComparingTo("5150.00");
        assertThat(line.unitPrice()).contains(new BigDecimal("1.5"));
    }

    @Test
    void theFreeAllowanceIsNotChargedAndComesBeforeTheTiers() {
        PriceComponent standard = PriceComponent.metered("reads", Metric.CONSENTED_READS,
                new ChargeModel.Standard(new BigDecimal("0.01"))).withFreeAllowance(1000);
        InvoiceLine over = line(november(only(standard), Metric.CONSENTED_READS, 1500), "reads");
        assertThat(over.amount()).isEqualTo(eur("5.00"));
        assertThat(over.freeAllowanceApplied()).isEqualByComparingTo("1000");
        InvoiceLine under = line(november(only(standard), Metric.CONSENTED_READS, 800), "reads");
        assertThat(under.amount()).isEqualTo(eur("0.00"));
        assertThat(under.freeAllowanceApplied()).isEqualByComparingTo("800");

        PriceComponent graduated = PriceComponent.metered("reads", Metric.CONSENTED_READS,
                new ChargeModel.Graduated(List.of(Tier.upTo(100, "0.10"), Tier.above("0.05")))).withFreeAllowance(50);
        // 150 chargeable: 100 × 0.10 + 50 × 0.05
        assertThat(amount(graduated, 200)).isEqualByComparingTo("12.50");
    }

    @Test
    void aLineIsRoundedHalfUpOnce() {
        PriceComponent c = PriceComponent.metered("served", Metric.RECORDS_SERVED, new ChargeModel.Standard(new BigDecimal("0.005")));
        assertThat(amount(c, 1)).isEqualByComparingTo("0.01");
        PriceComponent lower = PriceComponent.metered("served", Metric.RECORDS_SERVED, new ChargeModel.Standard(new BigDecimal("0.0049")));
        assertThat(amount(lower, 1)).isEqualByComparingTo("0.00");
        // 3 × 0.0049 = 0.0147: rounded once it is 0.01, where rounding each unit would give 0.00
        assertThat(amount(lower, 3)).isEqualByComparingTo("0.01");
    }

    @Test
    void aGraduatedPriceNeverFallsAsTheQuantityGrows() {
        BigDecimal previous = BigDecimal.ZERO;
        for (long units = 0; units <= 3000; units += 7) {
            BigDecimal amount = amount(GRADUATED, units);
            assertThat(amount).as("%d units", units).isGreaterThanOrEqualTo(previous);
            previous = amount;
        }
    }
}
