package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.util.Map;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.VatRates;

/**
 * Where metering finds the plans and the VAT it estimates with: the one place to swap when plans
 * move into the database (issue 11, the invoicing part). Today: the shipped {@code billing/plans.json},
 * read once, and French VAT for a business customer, as tenants have no country or VAT number yet.
 */
public interface PlanPrices {

    PlanCatalogue catalogue();

    VatRates vatRates();

    /** The customer the estimate charges VAT for. */
    Customer customer(java.util.UUID tenantId);

    /** The shipped plans, parsed once, with French VAT only. */
    static PlanPrices shipped() {
        return shipped(new VatRates("FR", Map.of("FR", new BigDecimal("20"))));
    }

    /** The shipped plans, parsed once, estimated with the configured VAT rates ({@code HEARTH_VAT_*}). */
    static PlanPrices shipped(VatRates vat) {
        PlanCatalogue catalogue = PlanDocument.shipped();
        Customer customer = new Customer("FR", true, java.util.Optional.empty());
        return new PlanPrices() {
            @Override
            public PlanCatalogue catalogue() {
                return catalogue;
            }

            @Override
            public VatRates vatRates() {
                return vat;
            }

            @Override
            public Customer customer(java.util.UUID tenantId) {
                return customer;
            }
        };
    }
}
