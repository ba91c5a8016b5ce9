package org.hearth.governance.it;

import static org.hearth.schema.generated.platform.Tables.OUTBOX_EVENTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.id.Ids;
import org.hearth.kernel.outbox.EventType;
import org.hearth.kernel.outbox.Outbox;
import org.hearth.kernel.outbox.OutboxEvent;
import org.jooq.JSONB;

/**
 * Billing events as tenants publish them, appended to the real outbox with the kernel's codec.
 * Governance may not see tenants' records, so these copy them field for field (platform/app's
 * BillingEventContractTest checks governance's decoder against tenants' own records).
 */
final class BillingEvents {

    @EventType(value = "invoice.issued", aggregate = "invoice")
    record InvoiceIssued(UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, LocalDate dueDate, String currency,
                         BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
            implements OutboxEvent {
        @Override
        public String aggregateId() {
            return invoiceId.toString();
        }
    }

    @EventType(value = "invoice.payment_recorded", aggregate = "invoice")
    record PaymentRecorded(UUID paymentId, UUID invoiceId, UUID tenantId, LocalDate paidOn, String currency, BigDecimal amount)
            implements OutboxEvent {
        @Override
        public String aggregateId() {
            return invoiceId.toString();
        }
    }

    @EventType(value = "invoice.credited", aggregate = "invoice")
    record CreditNoteIssued(UUID creditNoteId, UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, String currency,
                            BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
            implements OutboxEvent {
        @Override
        public String aggregateId() {
            return invoiceId.toString();
        }
    }

    /** An invoice event billing may publish one day, which governance does not book. */
    @EventType(value = "invoice.overdue", aggregate = "invoice")
    record InvoiceOverdue(UUID invoiceId, UUID tenantId) implements OutboxEvent {
        @Override
        public String aggregateId() {
            return invoiceId.toString();
        }
    }

    private final Db db;
    private final String currency;
    final UUID tenantId = UUID.randomUUID();

    BillingEvents(Db db, String currency) {
        this.db = db;
        this.currency = currency;
    }

    UUID append(OutboxEvent event) {
        return db.system(CallContext.system("test.billing"), tx -> Outbox.append(tx, event));
    }

    InvoiceIssued invoice(String number, String date, String subscriptions, String usageFees, String commissions, String vat, String total) {
        InvoiceIssued invoice = new InvoiceIssued(UUID.randomUUID(), tenantId, number, LocalDate.parse(date), LocalDate.parse(date).plusDays(30),
                currency, new BigDecimal(subscriptions), new BigDecimal(usageFees), new BigDecimal(commissions), new BigDecimal(vat),
                new BigDecimal(total));
        append(invoice);
        return invoice;
    }

    void payment(InvoiceIssued invoice, String date, String amount) {
        append(new PaymentRecorded(UUID.randomUUID(), invoice.invoiceId(), tenantId, LocalDate.parse(date), currency, new BigDecimal(amount)));
    }

    void creditNote(InvoiceIssued invoice, String number, String date, String subscriptions, String usageFees, String commissions,
                    String vat, String total) {
        append(new CreditNoteIssued(UUID.randomUUID(), invoice.invoiceId(), tenantId, number, LocalDate.parse(date), currency,
                new BigDecimal(subscriptions), new BigDecimal(usageFees), new BigDecimal(commissions), new BigDecimal(vat), new BigDecimal(total)));
    }

    /** A row of this type with any payload at all, as a faulty publisher could write it. */
    UUID raw(String type, String payloadJson) {
        UUID eventId = Ids.newId();
        db.system(CallContext.system("test.billing"), tx -> tx.insertInto(OUTBOX_EVENTS).set(OUTBOX_EVENTS.EVENT_ID, eventId)
                .set(OUTBOX_EVENTS.AGGREGATE_TYPE, "invoice").set(OUTBOX_EVENTS.AGGREGATE_ID, "x").set(OUTBOX_EVENTS.EVENT_TYPE, type)
                .set(OUTBOX_EVENTS.PAYLOAD, JSONB.valueOf(payloadJson)).execute());
        return eventId;
    }
}
