package org.hearth.tenants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/**
 * An invoice passed its due date with something still owed: the tenant's webhooks hear of it.
 * Published once per invoice, when billing first marks it overdue.
 */
@EventType(value = "invoice.overdue", aggregate = "invoice")
public record InvoiceOverdue(UUID invoiceId, UUID tenantId, String number, LocalDate dueDate, String currency, BigDecimal amountDue)
        implements OutboxEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
