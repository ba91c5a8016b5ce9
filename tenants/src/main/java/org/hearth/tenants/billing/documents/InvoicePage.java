package org.hearth.tenants.billing.documents;

import org.hearth.web.pages.Messages;

/** The model of {@code billing/invoice.jte}: the document and the reader's words. */
public record InvoicePage(InvoiceDocument document, Messages m) {

    public String titleKey() {
        return document.type() == DocumentType.CREDIT_NOTE ? "billing.invoice.title.creditNote" : "billing.invoice.title.invoice";
    }

    public String dueKey() {
        return document.type() == DocumentType.CREDIT_NOTE ? "billing.invoice.total.credited" : "billing.invoice.total.due";
    }
}
