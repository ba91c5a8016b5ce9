package org.hearth.tenants.billing.invoices;

import static org.hearth.schema.generated.tenants.Tables.DECLARED_TRANSACTIONS;
import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_COUNTERS;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_LINES;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_PAYMENTS;
import static org.hearth.schema.generated.tenants.Tables.INVOICE_VAT;
import static org.hearth.schema.generated.tenants.Tables.PLAN_ASSIGNMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;
import static org.hearth.schema.generated.tenants.Tables.USAGE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.kernel.money.Money;
import org.hearth.schema.generated.tenants.tables.records.InvoicesRecord;
import org.hearth.tenants.billing.pricing.BillingPeriod;
import org.hearth.tenants.billing.pricing.Customer;
import org.hearth.tenants.billing.pricing.Metric;
import org.hearth.tenants.billing.pricing.PlanAssignment;
import org.hearth.tenants.billing.pricing.Transaction;
import org.hearth.tenants.billing.pricing.Usage;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** The invoice tables, the usage they are rated from, and the number counters. jOOQ only. */
final class InvoiceRepository {

    /** A tenant to bill: who, on which plan since when, and its VAT situation. */
    record Billable(UUID tenantId, String plan, LocalDate since, Customer customer) {
    }

    /** Tenants registered before the period ends that have no closing invoice for it yet. */
    List<UUID> toBill(DSLContext tx, BillingPeriod period) {
        return tx.select(TENANTS_.ID).from(TENANTS_)
                .where(TENANTS_.CREATED_AT.lt(OffsetDateTime.of(period.end().atStartOfDay(), ZoneOffset.UTC)))
                .andNotExists(closingOf(period.start()))
                .orderBy(TENANTS_.CREATED_AT, TENANTS_.ID).fetch(TENANTS_.ID);
    }

    /** The tenant of the row {@code TENANTS_} names has its closing invoice of the period starting {@code periodStart}. */
    static org.jooq.Select<?> closingOf(LocalDate periodStart) {
        return DSL.selectOne().from(INVOICES).where(TENANTS_.ID.eq(INVOICES.TENANT_ID)).and(INVOICES.PERIOD_START.eq(periodStart))
                .and(INVOICES.KIND.eq(InvoiceKind.CLOSING.code()));
    }

    /** Locks the tenant's row until {@code tx} ends: interim runs of one tenant then follow one another. */
    void lockTenant(DSLContext tx, UUID tenantId) {
        tx.select(TENANTS_.ID).from(TENANTS_).where(TENANTS_.ID.eq(tenantId)).forUpdate().fetchSingle();
    }

    Optional<Billable> billable(DSLContext tx, UUID tenantId) {
        return tx.select(TENANTS_.ID, TENANTS_.PLAN, TENANTS_.CREATED_AT, TENANTS_.BILLING_COUNTRY, TENANTS_.VAT_NUMBER, TENANTS_.KIND)
                .from(TENANTS_).where(TENANTS_.ID.eq(tenantId)).fetchOptional(r -> new Billable(r.value1(), r.value2(),
                        r.value3().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                        // Every kind of tenant (company, nonprofit, public body) buys as an organisation.
                        new Customer(r.value4(), true, Optional.ofNullable(r.value5()))));
    }

    /** The buyer as the invoice was issued to it (copied from the tenant's billing details when it was issued), and the tenant's plan. */
    InvoiceForms.BuyerDetails buyer(DSLContext tx, UUID invoiceId) {
        return tx.select(INVOICES.BUYER_NAME, INVOICES.BUYER_LINE1, INVOICES.BUYER_LINE2, INVOICES.BUYER_POSTCODE, INVOICES.BUYER_CITY,
                        INVOICES.BUYER_COUNTRY, INVOICES.BUYER_VAT_NUMBER, TENANTS_.PLAN)
                .from(INVOICES).join(TENANTS_).on(TENANTS_.ID.eq(INVOICES.TENANT_ID)).where(INVOICES.ID.eq(invoiceId))
                .fetchSingle(r -> new InvoiceForms.BuyerDetails(r.value1(), Optional.ofNullable(r.value2()), Optional.ofNullable(r.value3()),
                        Optional.ofNullable(r.value4()), Optional.ofNullable(r.value5()), r.value6(), Optional.ofNullable(r.value7()), r.value8()));
    }

    /** The tenant's plans over time; empty when it never changed plan. */
    List<PlanAssignment> assignments(DSLContext tx, UUID tenantId) {
        return tx.select(PLAN_ASSIGNMENTS.PLAN_CODE, PLAN_ASSIGNMENTS.FROM_DATE).from(PLAN_ASSIGNMENTS)
                .where(Tenancy.ofTenant(PLAN_ASSIGNMENTS, tenantId)).orderBy(PLAN_ASSIGNMENTS.FROM_DATE)
                .fetch(r -> new PlanAssignment(r.value1(), r.value2()));
    }

    /** Whether the tenant has its closing invoice for the period starting {@code periodStart}. */
    boolean invoiced(DSLContext tx, UUID tenantId, LocalDate periodStart) {
        return tx.fetchExists(INVOICES, Tenancy.ofTenant(INVOICES, tenantId).and(INVOICES.PERIOD_START.eq(periodStart))
                .and(INVOICES.KIND.eq(InvoiceKind.CLOSING.code())));
    }

    /** The tenant's metered usage in the period, summed per day and metric (agreement-days excepted: they come from {@link AgreementDays}). */
    List<Usage> usagePerDay(DSLContext tx, UUID tenantId, BillingPeriod period) {
        Field<LocalDate> day = DSL.field("({0} at time zone 'UTC')::date", SQLDataType.LOCALDATE, USAGE.HOUR);
        Field<BigDecimal> sum = DSL.sum(USAGE.QUANTITY);
        return tx.select(USAGE.METRIC, day, sum).from(USAGE)
                .where(Tenancy.ofTenant(USAGE, tenantId)).and(USAGE.HOUR.ge(utc(period.start()))).and(USAGE.HOUR.lt(utc(period.end())))
                .and(USAGE.METRIC.notIn(Metric.ACTIVE_AGREEMENT_DAYS.code(), Metric.TRANSACTION_VALUE.code()))
                .groupBy(USAGE.METRIC, day).orderBy(USAGE.METRIC, day)
                .fetch(r -> new Usage(Metric.fromCode(r.value1()).orElseThrow(), r.value2(), r.value2().plusDays(1), r.value3()));
    }

    /** The usage rows of metric {@code active_agreement_days}, per day: agreement-days until metering provides its own. */
    List<Usage> agreementDaysFromUsage(DSLContext tx, UUID tenantId, BillingPeriod period) {
        Field<LocalDate> day = DSL.field("({0} at time zone 'UTC')::date", SQLDataType.LOCALDATE, USAGE.HOUR);
        return tx.select(day, DSL.sum(USAGE.QUANTITY)).from(USAGE)
                .where(Tenancy.ofTenant(USAGE, tenantId)).and(USAGE.HOUR.ge(utc(period.start()))).and(USAGE.HOUR.lt(utc(period.end())))
                .and(USAGE.METRIC.eq(Metric.ACTIVE_AGREEMENT_DAYS.code()))
                .groupBy(day).orderBy(day)
                .fetch(r -> new Usage(Metric.ACTIVE_AGREEMENT_DAYS, r.value1(), r.value1().plusDays(1), r.value2()));
    }

    List<Transaction> transactions(DSLContext tx, UUID tenantId, BillingPeriod period) {
        return tx.select(DECLARED_TRANSACTIONS.VALUE, DECLARED_TRANSACTIONS.CURRENCY, DECLARED_TRANSACTIONS.DECLARED_AT).from(DECLARED_TRANSACTIONS)
                .where(Tenancy.ofTenant(DECLARED_TRANSACTIONS, tenantId))
                .and(DECLARED_TRANSACTIONS.DECLARED_AT.ge(utc(period.start()))).and(DECLARED_TRANSACTIONS.DECLARED_AT.lt(utc(period.end())))
                .orderBy(DECLARED_TRANSACTIONS.DECLARED_AT)
                .fetch(r -> new Transaction(new Money(r.value1(), Currency.getInstance(r.value2())),
                        r.value3().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
    }

    /** The next number of {@code series} in {@code year}, its counter row locked until {@code tx} ends. */
    long nextNumber(DSLContext tx, String series, int year) {
        tx.insertInto(INVOICE_COUNTERS).set(INVOICE_COUNTERS.SERIES, series).set(INVOICE_COUNTERS.YEAR, year)
                .set(INVOICE_COUNTERS.LAST_NUMBER, 0L).onConflictDoNothing().execute();
        long last = tx.select(INVOICE_COUNTERS.LAST_NUMBER).from(INVOICE_COUNTERS)
                .where(INVOICE_COUNTERS.SERIES.eq(series)).and(INVOICE_COUNTERS.YEAR.eq(year)).forUpdate().fetchSingle().value1();
        tx.update(INVOICE_COUNTERS).set(INVOICE_COUNTERS.LAST_NUMBER, last + 1)
                .where(INVOICE_COUNTERS.SERIES.eq(series)).and(INVOICE_COUNTERS.YEAR.eq(year)).execute();
        return last + 1;
    }

    void insert(DSLContext tx, IssuedInvoice invoice) {
        tx.insertInto(INVOICES)
                .set(INVOICES.ID, invoice.id()).set(INVOICES.TENANT_ID, invoice.tenantId())
                .set(INVOICES.SERIES, invoice.number().series()).set(INVOICES.YEAR, invoice.number().year())
                .set(INVOICES.SEQUENCE, invoice.number().sequence()).set(INVOICES.NUMBER, invoice.number().toString())
                .set(INVOICES.KIND, invoice.kind().code())
                .set(INVOICES.PERIOD_START, invoice.draft().period().start()).set(INVOICES.PERIOD_END, invoice.draft().period().end())
                .set(INVOICES.ISSUE_DATE, invoice.issueDate()).set(INVOICES.DUE_DATE, invoice.dueDate())
                .set(INVOICES.CURRENCY, invoice.draft().currency().getCurrencyCode())
                .set(INVOICES.SUBTOTAL_MINOR, MinorUnits.of(invoice.draft().subtotal()))
                .set(INVOICES.VAT_MINOR, MinorUnits.of(invoice.draft().vatTotal()))
                .set(INVOICES.TOTAL_MINOR, MinorUnits.of(invoice.draft().total()))
                .set(INVOICES.SUBSCRIPTIONS_MINOR, MinorUnits.of(invoice.bySource(Source.SUBSCRIPTIONS)))
                .set(INVOICES.USAGE_FEES_MINOR, MinorUnits.of(invoice.bySource(Source.USAGE_FEES)))
                .set(INVOICES.COMMISSIONS_MINOR, MinorUnits.of(invoice.bySource(Source.COMMISSIONS)))
                .set(INVOICES.STATUS, InvoiceStatus.ISSUED.code())
                .execute();
        int position = 0;
        for (var line : invoice.draft().lines()) {
            position++;
            tx.insertInto(INVOICE_LINES)
                    .set(INVOICE_LINES.INVOICE_ID, invoice.id()).set(INVOICE_LINES.POSITION, position)
                    .set(INVOICE_LINES.TENANT_ID, invoice.tenantId())
                    .set(INVOICE_LINES.KIND, line.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .set(INVOICE_LINES.SOURCE, Source.of(line).code())
                    .set(INVOICE_LINES.COMPONENT_CODE, line.componentCode())
                    .set(INVOICE_LINES.METRIC, line.metric().map(Metric::code).orElse(null))
                    .set(INVOICE_LINES.DESCRIPTION_KEY, line.descriptionKey())
                    .set(INVOICE_LINES.QUANTITY, line.quantity()).set(INVOICE_LINES.FREE_APPLIED, line.freeAllowanceApplied())
                    .set(INVOICE_LINES.UNIT_PRICE, line.unitPrice().orElse(null))
                    .set(INVOICE_LINES.AMOUNT_MINOR, MinorUnits.of(line.amount()))
                    .set(INVOICE_LINES.PLAN_CODE, line.planCode()).set(INVOICE_LINES.PLAN_VERSION, line.planVersion())
                    .set(INVOICE_LINES.LINE_FROM, line.from()).set(INVOICE_LINES.LINE_UNTIL, line.until())
                    .set(INVOICE_LINES.DEDUCTS_INVOICE_ID, line.deducts().map(d -> d.invoiceId()).orElse(null))
                    .set(INVOICE_LINES.DEDUCTS_NUMBER, line.deducts().map(d -> d.number()).orElse(null))
                    .execute();
        }
        position = 0;
        for (var vat : invoice.draft().vat()) {
            position++;
            tx.insertInto(INVOICE_VAT)
                    .set(INVOICE_VAT.INVOICE_ID, invoice.id()).set(INVOICE_VAT.POSITION, position)
                    .set(INVOICE_VAT.TENANT_ID, invoice.tenantId()).set(INVOICE_VAT.TREATMENT, vat.treatment().name().toLowerCase(java.util.Locale.ROOT))
                    .set(INVOICE_VAT.COUNTRY, vat.country()).set(INVOICE_VAT.RATE_PERCENT, vat.ratePercent())
                    .set(INVOICE_VAT.BASE_MINOR, MinorUnits.of(vat.base())).set(INVOICE_VAT.VAT_MINOR, MinorUnits.of(vat.vat()))
                    .execute();
        }
    }

    /** One tenant's invoices, newest period first (row-level security confines {@code tx} to the tenant, or the system scope sees all). */
    List<Invoice> list(DSLContext tx, Optional<TenantScope> scope, Optional<InvoiceStatus> status) {
        var condition = DSL.noCondition();
        if (scope.isPresent()) {
            condition = condition.and(Tenancy.owned(INVOICES, scope.get()));
        }
        if (status.isPresent()) {
            condition = condition.and(INVOICES.STATUS.eq(status.get().code()));
        }
        return tx.selectFrom(INVOICES).where(condition).orderBy(INVOICES.PERIOD_START.desc(), INVOICES.NUMBER)
                .fetch(r -> invoice(tx, r));
    }

    Optional<Invoice> find(DSLContext tx, UUID invoiceId, Optional<TenantScope> scope) {
        var condition = INVOICES.ID.eq(invoiceId);
        if (scope.isPresent()) {
            condition = condition.and(Tenancy.owned(INVOICES, scope.get()));
        }
        return tx.selectFrom(INVOICES).where(condition).fetchOptional(r -> invoice(tx, r));
    }

    /** An invoice's balance, read with its row locked for a payment or a status change. */
    record Balance(UUID id, UUID tenantId, String number, LocalDate dueDate, Currency currency, long totalMinor, long paidMinor,
                   long creditedMinor, InvoiceStatus status) {

        long dueMinor() {
            return Math.max(0, totalMinor - paidMinor - creditedMinor);
        }
    }

    Optional<Balance> lock(DSLContext tx, UUID invoiceId) {
        return tx.selectFrom(INVOICES).where(INVOICES.ID.eq(invoiceId)).forUpdate().fetchOptional(InvoiceRepository::balance);
    }

    void recordPayment(DSLContext tx, UUID paymentId, Balance invoice, LocalDate paidOn, long amountMinor, InvoiceStatus status) {
        tx.insertInto(INVOICE_PAYMENTS).set(INVOICE_PAYMENTS.ID, paymentId).set(INVOICE_PAYMENTS.INVOICE_ID, invoice.id())
                .set(INVOICE_PAYMENTS.TENANT_ID, invoice.tenantId()).set(INVOICE_PAYMENTS.PAID_ON, paidOn)
                .set(INVOICE_PAYMENTS.AMOUNT_MINOR, amountMinor).execute();
        tx.update(INVOICES).set(INVOICES.PAID_MINOR, invoice.paidMinor() + amountMinor).set(INVOICES.STATUS, status.code())
                .where(INVOICES.ID.eq(invoice.id())).execute();
    }

    private static Balance balance(InvoicesRecord r) {
        return new Balance(r.getId(), r.getTenantId(), r.getNumber(), r.getDueDate(), Currency.getInstance(r.getCurrency()), r.getTotalMinor(),
                r.getPaidMinor(), r.getCreditedMinor(), InvoiceStatus.fromCode(r.getStatus()).orElseThrow());
    }

    /** Invoices issued or partly paid whose due date is before {@code today}, locked to be marked overdue. */
    List<Balance> lockOverdue(DSLContext tx, LocalDate today) {
        return tx.selectFrom(INVOICES).where(INVOICES.STATUS.in(InvoiceStatus.ISSUED.code(), InvoiceStatus.PARTIALLY_PAID.code()))
                .and(INVOICES.DUE_DATE.lt(today)).and(INVOICES.PAID_MINOR.plus(INVOICES.CREDITED_MINOR).lt(INVOICES.TOTAL_MINOR))
                .orderBy(INVOICES.DUE_DATE, INVOICES.NUMBER).limit(500).forUpdate().skipLocked().fetch(InvoiceRepository::balance);
    }

    void setStatus(DSLContext tx, UUID invoiceId, InvoiceStatus status) {
        tx.update(INVOICES).set(INVOICES.STATUS, status.code()).where(INVOICES.ID.eq(invoiceId)).execute();
    }

    private static Invoice invoice(DSLContext tx, InvoicesRecord r) {
        Currency currency = Currency.getInstance(r.getCurrency());
        List<Invoice.Line> lines = tx.selectFrom(INVOICE_LINES).where(INVOICE_LINES.INVOICE_ID.eq(r.getId())).orderBy(INVOICE_LINES.POSITION)
                .fetch(l -> new Invoice.Line(l.getPosition(), l.getKind(), l.getSource(), l.getComponentCode(), Optional.ofNullable(l.getMetric()),
                        l.getDescriptionKey(), l.getQuantity(), l.getFreeApplied(), Optional.ofNullable(l.getUnitPrice()),
                        MinorUnits.money(l.getAmountMinor(), currency), l.getPlanCode(), l.getPlanVersion(), l.getLineFrom(), l.getLineUntil(),
                        Optional.ofNullable(l.getDeductsNumber())));
        List<Invoice.Vat> vat = tx.selectFrom(INVOICE_VAT).where(INVOICE_VAT.INVOICE_ID.eq(r.getId())).orderBy(INVOICE_VAT.POSITION)
                .fetch(v -> new Invoice.Vat(v.getTreatment(), v.getCountry(), v.getRatePercent(), MinorUnits.money(v.getBaseMinor(), currency),
                        MinorUnits.money(v.getVatMinor(), currency)));
        return new Invoice(r.getId(), r.getTenantId(), r.getNumber(), InvoiceKind.fromCode(r.getKind()), InvoiceStatus.fromCode(r.getStatus()).orElseThrow(), r.getIssueDate(),
                r.getDueDate(), r.getPeriodStart(), r.getPeriodEnd(), lines, vat, MinorUnits.money(r.getSubtotalMinor(), currency),
                MinorUnits.money(r.getVatMinor(), currency), MinorUnits.money(r.getTotalMinor(), currency), MinorUnits.money(r.getPaidMinor(), currency),
                MinorUnits.money(r.getCreditedMinor(), currency));
    }

    private static OffsetDateTime utc(LocalDate day) {
        return OffsetDateTime.of(day.atStartOfDay(), ZoneOffset.UTC);
    }

    static PlanAssignment assignment(Billable b) {
        return new PlanAssignment(b.plan(), b.since());
    }
}
