package org.hearth.tenants.billing.documents;

import gg.jte.output.StringOutput;
import org.hearth.web.pages.Messages;
import org.hearth.web.pages.Templates;

/** The invoice as XHTML, from {@code billing/invoice.jte}, with every word in the reader's language. */
final class InvoiceHtml {

    private static final Templates TEMPLATES = Templates.precompiled(InvoiceHtml.class, "org.hearth.tenants.console.jte");

    private InvoiceHtml() {
    }

    static String of(InvoiceDocument doc, String language) {
        StringOutput out = new StringOutput();
        TEMPLATES.render("billing/invoice.jte", new InvoicePage(doc, Messages.of(language))).writeTo(out);
        return out.toString();
    }
}
