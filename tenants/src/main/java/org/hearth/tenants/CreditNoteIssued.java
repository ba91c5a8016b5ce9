package org.hearth.tenants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/**
 * A credit note (the whole invoice or some of its lines) was issued: governance reverses its
 * share of the invoice's postings. Amounts are positive and net of VAT per source, as in
 * {@link InvoiceIssued}, and sum with {@code vat} to {@code total}.
 */
@EventType(value = "invoice.credited", aggregate = "invoice")
public record CreditNoteIssued(UUID creditNoteId, UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, String currency,
                               BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
        implements OutboxEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
