package org.hearth.governance.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Governance's reading of tenants' billing events, decoded from the outbox by type name. The
 * records' components mirror tenants' {@code InvoiceIssued}, {@code PaymentRecorded},
 * {@code CreditNoteIssued} and {@code PilotFundingReceived} field for field, so that neither
 * module depends on the other.
 */
public sealed interface BillingEvent {

    String INVOICE_ISSUED = "invoice.issued";
    String PAYMENT_RECORDED = "invoice.payment_recorded";
    String CREDIT_NOTE_ISSUED = "invoice.credited";
    /** A pilot's funding received (issue 13): grant revenue, booked by the same poster. */
    String PILOT_FUNDING_RECEIVED = "pilot.funding_received";
    /** The event types the poster books; any other type in the outbox is not its business. */
    List<String> TYPES = List.of(INVOICE_ISSUED, PAYMENT_RECORDED, CREDIT_NOTE_ISSUED, PILOT_FUNDING_RECEIVED);

    /**
     * Reads an outbox payload of one of {@link #TYPES}.
     *
     * @throws IllegalArgumentException when the payload lacks a field or holds one that is not what the type says
     */
    static BillingEvent decode(String type, String payloadJson) {
        return BillingEventJson.decode(type, payloadJson);
    }

    String currency();

    /** Amounts net of VAT per source, and {@code vat}, sum to {@code total}. */
    record InvoiceIssued(UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, LocalDate dueDate, String currency,
                         BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
            implements BillingEvent {
    }

    record PaymentRecorded(UUID paymentId, UUID invoiceId, UUID tenantId, LocalDate paidOn, String currency, BigDecimal amount)
            implements BillingEvent {
    }

    /** Positive amounts: the share of the invoice the credit note takes back. */
    /** Mirrors tenants' {@code PilotFundingReceived}: the public body's funding for a pilot, received on {@code receivedOn}. */
    record PilotFundingReceived(UUID pilotId, UUID tenantId, LocalDate receivedOn, String currency, BigDecimal amount, String reference)
            implements BillingEvent {
    }

    record CreditNoteIssued(UUID creditNoteId, UUID invoiceId, UUID tenantId, String number, LocalDate issueDate, String currency,
                            BigDecimal subscriptions, BigDecimal usageFees, BigDecimal commissions, BigDecimal vat, BigDecimal total)
            implements BillingEvent {
    }
}
