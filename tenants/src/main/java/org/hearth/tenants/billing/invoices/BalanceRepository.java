package org.hearth.tenants.billing.invoices;

import static org.hearth.schema.generated.tenants.Tables.INVOICES;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** What tenants owe across their open invoices, and tenants' names for the operator's pages. jOOQ only. */
final class BalanceRepository {

    /** One tenant's open balance in one currency. */
    record Owed(UUID tenantId, String tenantName, Currency currency, long dueMinor, int open, int overdue, LocalDate oldestDue) {
    }

    private static final Field<Long> DUE = INVOICES.TOTAL_MINOR.minus(INVOICES.PAID_MINOR).minus(INVOICES.CREDITED_MINOR);

    /** Tenants with an amount due on issued, partly paid or overdue invoices, largest balance first (system scope). */
    List<Owed> owed(DSLContext tx) {
        Field<java.math.BigDecimal> due = DSL.sum(DUE);
        return tx.select(INVOICES.TENANT_ID, TENANTS_.NAME, INVOICES.CURRENCY, due, DSL.count(),
                        DSL.count().filterWhere(INVOICES.STATUS.eq(InvoiceStatus.OVERDUE.code())), DSL.min(INVOICES.DUE_DATE))
                .from(INVOICES).join(TENANTS_).on(TENANTS_.ID.eq(INVOICES.TENANT_ID))
                .where(INVOICES.STATUS.in(InvoiceStatus.ISSUED.code(), InvoiceStatus.PARTIALLY_PAID.code(), InvoiceStatus.OVERDUE.code()))
                .and(DUE.gt(0L))
                .groupBy(INVOICES.TENANT_ID, TENANTS_.NAME, INVOICES.CURRENCY)
                .orderBy(due.desc(), TENANTS_.NAME)
                .fetch(r -> new Owed(r.value1(), r.value2(), Currency.getInstance(r.value3()), r.value4().longValueExact(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The names of {@code tenantIds} (system scope). */
    Map<UUID, String> names(DSLContext tx, Collection<UUID> tenantIds) {
        return tx.select(TENANTS_.ID, TENANTS_.NAME).from(TENANTS_).where(TENANTS_.ID.in(tenantIds)).fetchMap(TENANTS_.ID, TENANTS_.NAME);
    }
}
