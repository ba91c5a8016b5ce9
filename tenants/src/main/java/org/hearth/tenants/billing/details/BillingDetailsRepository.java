package org.hearth.tenants.billing.details;

import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.hearth.tenants.billing.pricing.Customer;
import org.jooq.DSLContext;

/** The billing details on the tenant's own row (row-level security shows a tenant only itself). jOOQ only. */
final class BillingDetailsRepository {

    /** The details as stored, once they have been set. */
    Optional<BillingDetails> find(DSLContext tx, UUID tenantId) {
        return tx.select(TENANTS_.LEGAL_NAME, TENANTS_.ADDRESS_LINE1, TENANTS_.ADDRESS_LINE2, TENANTS_.POSTCODE, TENANTS_.CITY,
                        TENANTS_.BILLING_COUNTRY, TENANTS_.VAT_NUMBER, TENANTS_.BILLING_EMAIL)
                .from(TENANTS_).where(TENANTS_.ID.eq(tenantId)).and(TENANTS_.BILLING_DETAILS_AT.isNotNull())
                .fetchOptional(r -> new BillingDetails(r.value1(), new BillingDetails.Address(r.value2(), Optional.ofNullable(r.value3()), r.value4(),
                        r.value5(), r.value6()), Optional.ofNullable(r.value7()), r.value8()));
    }

    /** The tenant's VAT situation, set or not (a tenant without details is billed as a French business without a VAT number). */
    Optional<Customer> customer(DSLContext tx, UUID tenantId) {
        return tx.select(TENANTS_.BILLING_COUNTRY, TENANTS_.VAT_NUMBER).from(TENANTS_).where(TENANTS_.ID.eq(tenantId))
                .fetchOptional(r -> new Customer(r.value1(), true, Optional.ofNullable(r.value2())));
    }

    /** Replaces the details; false when the row is not the tenant's (nothing changed). */
    boolean save(DSLContext tx, UUID tenantId, BillingDetails details, OffsetDateTime at) {
        return tx.update(TENANTS_).set(TENANTS_.LEGAL_NAME, details.legalName()).set(TENANTS_.ADDRESS_LINE1, details.address().line1())
                .set(TENANTS_.ADDRESS_LINE2, details.address().line2().orElse(null)).set(TENANTS_.POSTCODE, details.address().postcode())
                .set(TENANTS_.CITY, details.address().city()).set(TENANTS_.BILLING_COUNTRY, details.address().country())
                .set(TENANTS_.VAT_NUMBER, details.vatNumber().orElse(null)).set(TENANTS_.BILLING_EMAIL, details.billingEmail())
                .set(TENANTS_.BILLING_DETAILS_AT, at)
                .where(TENANTS_.ID.eq(tenantId)).execute() == 1;
    }
}
