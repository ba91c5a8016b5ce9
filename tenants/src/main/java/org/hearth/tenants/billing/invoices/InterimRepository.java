package org.hearth.tenants.billing.invoices;

import static org.hearth.schema.generated.tenants.Tables.CREDIT_NOTES;
import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.PLAN_ASSIGNMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hearth.kernel.db.Tenancy;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.InterimBilling;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** What threshold invoicing reads: the tenants to rate and a period's interim invoices with what each still bills. jOOQ only. */
final class InterimRepository {

    /**
     * Tenants registered before {@code until} with no closing invoice for the period, on a plan
     * in {@code plans} now or at some time (the plans with an interim threshold): those an
     * interim run rates.
     */
    List<UUID> toRate(DSLContext tx, BillingPeriod period, LocalDate until, Set<String> plans) {
        return tx.select(TENANTS_.ID).from(TENANTS_)
                .where(TENANTS_.CREATED_AT.lt(OffsetDateTime.of(until.atStartOfDay(), ZoneOffset.UTC)))
                .and(TENANTS_.PLAN.in(plans).orExists(DSL.selectOne().from(PLAN_ASSIGNMENTS)
                        .where(TENANTS_.ID.eq(PLAN_ASSIGNMENTS.TENANT_ID)).and(PLAN_ASSIGNMENTS.PLAN_CODE.in(plans))))
                .andNotExists(InvoiceRepository.closingOf(period.start()))
                .orderBy(TENANTS_.CREATED_AT, TENANTS_.ID).fetch(TENANTS_.ID);
    }

    /**
     * The tenant's interim invoices of the period starting {@code periodStart}, in number order,
     * each with what it still bills per revenue source: its lines' amounts less its credit notes'.
     */
    List<InterimBilling.Billed> interims(DSLContext tx, UUID tenantId, LocalDate periodStart) {
        var credited = DSL.select(CREDIT_NOTES.INVOICE_ID, DSL.sum(CREDIT_NOTES.SUBSCRIPTIONS_MINOR).as("s"),
                DSL.sum(CREDIT_NOTES.USAGE_FEES_MINOR).as("u"), DSL.sum(CREDIT_NOTES.COMMISSIONS_MINOR).as("c"))
                .from(CREDIT_NOTES).where(Tenancy.ofTenant(CREDIT_NOTES, tenantId)).groupBy(CREDIT_NOTES.INVOICE_ID).asTable("credited");
        Field<UUID> creditedInvoice = credited.field(CREDIT_NOTES.INVOICE_ID);
        Field<BigDecimal> s = credited.field("s", BigDecimal.class);
        Field<BigDecimal> u = credited.field("u", BigDecimal.class);
        Field<BigDecimal> c = credited.field("c", BigDecimal.class);
        return tx.select(INVOICES.ID, INVOICES.NUMBER, INVOICES.PERIOD_START, INVOICES.PERIOD_END, INVOICES.CURRENCY,
                        INVOICES.SUBSCRIPTIONS_MINOR, INVOICES.USAGE_FEES_MINOR, INVOICES.COMMISSIONS_MINOR, s, u, c)
                .from(INVOICES).leftJoin(credited).on(creditedInvoice.eq(INVOICES.ID))
                .where(Tenancy.ofTenant(INVOICES, tenantId)).and(INVOICES.PERIOD_START.eq(periodStart))
                .and(INVOICES.KIND.eq(InvoiceKind.INTERIM.code()))
                .orderBy(INVOICES.YEAR, INVOICES.SEQUENCE)
                .fetch(r -> {
                    Currency currency = Currency.getInstance(r.value5());
                    return new InterimBilling.Billed(r.value1(), r.value2(), r.value3(), r.value4(), Map.of(
                            Source.SUBSCRIPTIONS.code(), MinorUnits.money(r.value6() - minor(r.value9()), currency),
                            Source.USAGE_FEES.code(), MinorUnits.money(r.value7() - minor(r.value10()), currency),
                            Source.COMMISSIONS.code(), MinorUnits.money(r.value8() - minor(r.value11()), currency)));
                });
    }

    private static long minor(BigDecimal sum) {
        return sum == null ? 0 : sum.longValueExact();
    }
}
