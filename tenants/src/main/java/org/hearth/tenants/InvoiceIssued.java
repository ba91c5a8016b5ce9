package org.hearth.tenants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/**
 * An invoice was issued to a tenant (billing's period close or an interim invoice). Governance
 * books it: receivable against revenue by source, VAT to a liability. Amounts are net of VAT per
 * source and sum, with {@code vat}, to {@code total}; all in {@code currency}. A closing invoice deducts its
 * period's interim invoices source by source, so one source may be below zero on it ({@code vat} and
 * {@code total} never are); over a period's invoices each source sums to the period's amount.
 */
@EventType(value = "invoice.issued", aggregate = "invoice")
public record InvoiceIssued(UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, LocalDate dueDate, String currency,
                            BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
        implements OutboxEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
