package org.hearth.tenants.billing.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.hearth.kernel.config.ConfigException;
import org.hearth.kernel.config.ConfigLoader;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.VatTreatment;
import org.junit.jupiter.api.Test;

/** The configured seller and VAT rates as invoicing uses them. */
class InvoicingConfigTest {

    @Test
    void theConfiguredRatesAreTheOnesInvoicesCharge() {
        var config = ConfigLoader.load(Map.of("HEARTH_VAT_RATES", "FR:20,DE:19,LU:17", "HEARTH_BILLING_SELLER_NAME", "Hearth Coop",
                "HEARTH_BILLING_SELLER_ADDRESS_LINE1", "1 rue A", "HEARTH_BILLING_SELLER_ADDRESS_LINE2", "Bât. B")).billing();

        var vat = Invoicing.vatRates(config);
        var luxembourgConsumer = vat.vatOn(org.hearth.kernel.money.Money.of("100.00", "EUR"), Customer.consumer("LU"));
        assertThat(luxembourgConsumer).singleElement().satisfies(l -> {
            assertThat(l.treatment()).isEqualTo(VatTreatment.STANDARD);
            assertThat(l.ratePercent()).isEqualByComparingTo(new BigDecimal("17"));
            assertThat(l.vat().amount()).isEqualByComparingTo("17.00");
        });
        var seller = Invoicing.seller(config.seller());
        assertThat(seller.legalName()).isEqualTo("Hearth Coop");
        assertThat(seller.address().line()).isEqualTo("1 rue A");
        assertThat(seller.address().additionalLine()).contains("Bât. B");
        var documents = new org.hearth.tenants.billing.documents.InvoiceDocuments("Hearth");
        var invoice = new Invoice(java.util.UUID.randomUUID(), java.util.UUID.randomUUID(), "HE-2026-000001", InvoiceKind.CLOSING,
                InvoiceStatus.ISSUED, java.time.LocalDate.of(2026, 12, 2), java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2026, 11, 1),
                java.time.LocalDate.of(2026, 12, 1), java.util.List.of(), java.util.List.of(new Invoice.Vat("standard", "FR", new BigDecimal("20"),
                        org.hearth.kernel.money.Money.of("0.00", "EUR"), org.hearth.kernel.money.Money.of("0.00", "EUR"))),
                org.hearth.kernel.money.Money.of("0.00", "EUR"), org.hearth.kernel.money.Money.of("0.00", "EUR"),
                org.hearth.kernel.money.Money.of("0.00", "EUR"), org.hearth.kernel.money.Money.of("0.00", "EUR"),
                org.hearth.kernel.money.Money.of("0.00", "EUR"));
        var forms = new InvoiceForms(seller, documents, Invoicing.PAYMENT_DAYS);
        byte[] xml = forms.xml(invoice, new InvoiceForms.BuyerDetails("Acme", "FR", java.util.Optional.empty(), "sandbox"));
        assertThat(new String(xml, java.nio.charset.StandardCharsets.UTF_8)).contains("<ram:LineTwo>Bât. B</ram:LineTwo>");
        assertThat(documents.validate(xml).valid()).as(documents.validate(xml).report()).isTrue();
        assertThat(Invoicing.seller(org.hearth.kernel.config.BillingConfig.defaults().seller())).isEqualTo(Invoicing.DEFAULT_SELLER);
    }

    @Test
    void aHomeCountryOutsideTheEuIsAConfigurationError() {
        var config = ConfigLoader.load(Map.of("HEARTH_VAT_HOME_COUNTRY", "CH", "HEARTH_VAT_RATES", "CH:8.1,FR:20")).billing();

        assertThatThrownBy(() -> Invoicing.vatRates(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HEARTH_VAT_HOME_COUNTRY").hasMessageContaining("EU member state");
    }
}
