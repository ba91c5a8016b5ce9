package org.hearth.tenants.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.billing.pricing.ChargeModel;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PriceComponent;
import org.hearth.tenants.billing.pricing.Tier;
import org.hearth.web.pages.Messages;
import org.junit.jupiter.api.Test;

class PriceWordsTest {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void aGraduatedLadderAfterAnAllowanceReadsBandByBandInEnglishAndFrench() {
        PriceComponent reads = PriceComponent.metered("reads", Metric.CONSENTED_READS, new ChargeModel.Graduated(List.of(Tier.upTo(10_000, "0.010"),
                Tier.upTo(100_000, "0.006", "20.00"), Tier.above("0.003")))).withFreeAllowance(1000);
        assertThat(new PriceWords(Messages.of("en")).component(reads, EUR).rules()).containsExactly(
                "Free each month: 1,000 consented reads.",
                "Then by bands, each band's units at its own price:",
                "up to 10,000: €0.01 each",
                "up to 100,000: €0.006 each, plus €20.00 once the band is reached",
                "above 100,000: €0.003 each");
        assertThat(new PriceWords(Messages.of("fr")).component(reads, EUR).rules()).containsExactly(
                "Gratuit chaque mois : 1\u00a0000 lectures consenties.",
                "Au-delà, par tranches, chaque tranche à son propre prix :",
                "jusqu'à 10\u00a0000 : 0,01\u00a0€ l'unité",
                "jusqu'à 100\u00a0000 : 0,006\u00a0€ l'unité, plus 20,00\u00a0€ dès que la tranche est atteinte",
                "au-delà de 100\u00a0000 : 0,003\u00a0€ l'unité");
    }

    @Test
    void aCommissionSaysItsRateFeeAndBoundsAndAPriceWithoutAllowanceHasNoThen() {
        PriceComponent commission = PriceComponent.metered("commission", Metric.TRANSACTION_VALUE, new ChargeModel.Percentage(new BigDecimal("1.5"),
                new BigDecimal("0.10"), Optional.of(new BigDecimal("0.50")), Optional.of(new BigDecimal("25.00"))));
        assertThat(new PriceWords(Messages.of("en")).component(commission, EUR).rules()).containsExactly(
                "1.5 % of each declared transaction's value.", "Plus €0.10 per transaction.", "At least €0.50 per transaction.",
                "At most €25.00 per transaction.");
        PriceComponent served = PriceComponent.metered("served", Metric.RECORDS_SERVED, new ChargeModel.Standard(new BigDecimal("0.0002")))
                .withSpendingMinimum(new Money(new BigDecimal("50"), EUR));
        assertThat(new PriceWords(Messages.of("en")).component(served, EUR).rules()).containsExactly("€0.0002 each.",
                "At least €50.00 a month for this item: less is topped up.");
    }

    @Test
    void quantitiesReadAsWordsWithTheirPlural() {
        PriceWords en = new PriceWords(Messages.of("en"));
        assertThat(en.quantity(Metric.CONSENTED_READS, new BigDecimal("12400"), EUR)).isEqualTo("12,400 consented reads");
        assertThat(en.quantity(Metric.CONSENTED_READS, BigDecimal.ONE, EUR)).isEqualTo("1 consented read");
        assertThat(en.quantity(Metric.MEGABYTES_EXCHANGED, new BigDecimal("3.214567"), EUR)).isEqualTo("3.2 MB exchanged");
        assertThat(en.quantity(Metric.ACTIVE_AGREEMENT_DAYS, new BigDecimal("41.000000"), EUR)).isEqualTo("41 agreement-days");
        assertThat(en.quantity(Metric.MEGABYTES_EXCHANGED, new BigDecimal("0.004321"), EUR)).isEqualTo("0.004 MB exchanged");
        assertThat(new PriceWords(Messages.of("fr")).quantity(Metric.CONSENTED_READS, BigDecimal.ONE, EUR)).isEqualTo("1 lecture consentie");
    }

    @Test
    void anotherCountryIsFoundByItsEnglishOrFrenchName() {
        assertThat(BillingDetailsPage.countryNamed("Switzerland")).hasValue("CH");
        assertThat(BillingDetailsPage.countryNamed(" suisse ")).hasValue("CH");
        assertThat(BillingDetailsPage.countryNamed("ETATS-UNIS")).hasValue("US");
        assertThat(BillingDetailsPage.countryNamed("Narnia")).isEmpty();
        assertThat(BillingDetailsPage.countryNamed("")).isEmpty();
    }
}
