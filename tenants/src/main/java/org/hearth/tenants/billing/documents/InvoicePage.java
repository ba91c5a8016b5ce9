package org.hearth.tenants.billing.documents;

import org.hearth.web.pages.Messages;

/** The model of {@code billing/invoice.jte}: the document and the reader's words. */
public record InvoicePage(InvoiceDocument document, Messages m) {

    public String titleKey() {
        return switch (document.type()) {
            case CREDIT_NOTE -> "billing.invoice.title.creditNote";
            case INTERIM_INVOICE -> "billing.invoice.title.interim";
            case INVOICE -> "billing.invoice.title.invoice";
        };
    }

    public String dueKey() {
        return document.type() == DocumentType.CREDIT_NOTE ? "billing.invoice.total.credited" : "billing.invoice.total.due";
    }
}
