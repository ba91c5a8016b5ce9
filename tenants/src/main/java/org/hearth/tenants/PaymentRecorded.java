package org.hearth.tenants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.OutboxEvent;

/** An operator recorded a payment (full or partial) of an invoice: governance moves it from receivable to cash. */
@EventType(value = "invoice.payment_recorded", aggregate = "invoice")
public record PaymentRecorded(UUID paymentId, UUID invoiceId, UUID tenantId, LocalDate paidOn, String currency, BigDecimal amount)
        implements OutboxEvent {

    @Override
    public String aggregateId() {
        return invoiceId.toString();
    }
}
