package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.util.Map;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.VatRates;

/**
 * Where metering finds the plans and the VAT it estimates with. The plans are the stored catalogue
 * ({@link #of}: billing.plans' store, as it is at each call); {@link #shipped()} is the shipped
 * {@code billing/plans.json} for tests. VAT: French VAT for a business customer, as tenants have
 * no country or VAT number yet.
 */
public interface PlanPrices {

    PlanCatalogue catalogue();

    VatRates vatRates();

    /** The customer the estimate charges VAT for. */
    Customer customer(java.util.UUID tenantId);

    /** The shipped plans, parsed once. */
    static PlanPrices shipped() {
        PlanCatalogue catalogue = PlanDocument.shipped();
        return of(() -> catalogue);
    }

    /** The plans {@code catalogue} gives at each call (the store's, reloaded after every edit). */
    static PlanPrices of(java.util.function.Supplier<PlanCatalogue> catalogue) {
        VatRates vat = new VatRates("FR", Map.of("FR", new BigDecimal("20")));
        Customer customer = new Customer("FR", true, java.util.Optional.empty());
        return new PlanPrices() {
            @Override
            public PlanCatalogue catalogue() {
                return catalogue.get();
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
