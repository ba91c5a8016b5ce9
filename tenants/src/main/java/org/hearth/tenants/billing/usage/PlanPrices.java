package org.hearth.tenants.billing.usage;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.PlanCatalogue;
import org.hearth.tenants.billing.pricing.PlanDocument;
import org.hearth.tenants.billing.pricing.VatRates;

/**
 * Where metering finds the plans and the VAT it estimates with: the stored catalogue ({@link #of}:
 * billing.plans' store, as it is at each call), the VAT rates the invoices charge, and each
 * tenant's VAT situation from its billing details, so the estimate charges the VAT its invoice
 * will. {@link #shipped()} is the shipped {@code billing/plans.json}, for tests.
 */
public interface PlanPrices {

    PlanCatalogue catalogue();

    VatRates vatRates();

    /** The customer the estimate charges VAT for. */
    Customer customer(UUID tenantId);

    /** The shipped plans, parsed once, for a French business without a VAT number. */
    static PlanPrices shipped() {
        PlanCatalogue catalogue = PlanDocument.shipped();
        Customer customer = new Customer("FR", true, java.util.Optional.empty());
        return of(() -> catalogue, new VatRates("FR", Map.of("FR", new BigDecimal("20"))), tenantId -> customer);
    }

    /** The plans {@code catalogue} gives at each call (the store's, reloaded after every edit). */
    static PlanPrices of(Supplier<PlanCatalogue> catalogue, VatRates vat, Function<UUID, Customer> customers) {
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
            public Customer customer(UUID tenantId) {
                return customers.apply(tenantId);
            }
        };
    }
}
