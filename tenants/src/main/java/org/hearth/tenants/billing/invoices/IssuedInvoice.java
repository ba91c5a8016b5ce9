package org.hearth.tenants.billing.invoices;

import java.time.LocalDate;
import java.util.UUID;
import org.hearth.kernel.money.Money;
import org.hearth.tenants.InvoiceIssued;
import org.hearth.tenants.billing.documents.InvoiceNumber;
import org.hearth.tenants.billing.pricing.InvoiceDraft;

/** A rated draft given its number, kind and dates: what the close or an interim run stores and announces. */
record IssuedInvoice(UUID id, UUID tenantId, InvoiceKind kind, InvoiceNumber number, LocalDate issueDate, LocalDate dueDate, InvoiceDraft draft) {

    /** The sum of the lines booked to {@code source}. */
    Money bySource(Source source) {
        return draft.lines().stream().filter(l -> Source.of(l) == source).map(l -> l.amount())
                .reduce(Money.zero(draft.currency()), Money::plus);
    }

    InvoiceIssued event() {
        return new InvoiceIssued(id, tenantId, number.toString(), issueDate, dueDate, draft.currency().getCurrencyCode(),
                bySource(Source.SUBSCRIPTIONS).amount(), bySource(Source.USAGE_FEES).amount(), bySource(Source.COMMISSIONS).amount(),
                draft.vatTotal().amount(), draft.total().amount());
    }
}
