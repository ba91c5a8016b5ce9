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
        assertThat(seller.address().line()).isEqualTo("1 rue A, Bât. B");
        assertThat(Invoicing.seller(org.hearth.kernel.config.BillingConfig.defaults().seller())).isEqualTo(Invoicing.DEFAULT_SELLER);
    }

    @Test
    void aHomeCountryOutsideTheEuIsAConfigurationError() {
        var config = ConfigLoader.load(Map.of("HEARTH_VAT_HOME_COUNTRY", "CH", "HEARTH_VAT_RATES", "CH:8.1,FR:20")).billing();

        assertThatThrownBy(() -> Invoicing.vatRates(config)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("HEARTH_VAT_HOME_COUNTRY").hasMessageContaining("EU member state");
    }
}
