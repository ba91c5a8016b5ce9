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
 * read once, and French VAT; the customer is the tenant's billing details (country and VAT number)
 * when the composition gives a lookup, else a French business without a VAT number.
 */
public interface PlanPrices {

    PlanCatalogue catalogue();

    VatRates vatRates();

    /** The customer the estimate charges VAT for. */
    Customer customer(java.util.UUID tenantId);

    /** The shipped plans, parsed once, for a French business without a VAT number. */
    static PlanPrices shipped() {
        Customer customer = new Customer("FR", true, java.util.Optional.empty());
        return shipped(new VatRates("FR", Map.of("FR", new BigDecimal("20"))), tenantId -> customer);
    }

    /**
     * The shipped plans, parsed once, the VAT rates the invoices charge, and each tenant's VAT
     * situation from {@code customers} (its billing details): the estimate then charges the VAT
     * the invoice will.
     */
    static PlanPrices shipped(VatRates vat, java.util.function.Function<java.util.UUID, Customer> customers) {
        PlanCatalogue catalogue = PlanDocument.shipped();
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
                return customers.apply(tenantId);
            }
        };
    }
}
