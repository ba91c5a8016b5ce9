package org.hearth.tenants.billing.invoices;

import java.util.Locale;

/**
 * Why an invoice was issued: a period's {@code closing} invoice (one per tenant and period), or an
 * {@code interim} invoice of the period so far, issued when its amount reached the plan's threshold.
 */
public enum InvoiceKind {
    CLOSING, INTERIM;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static InvoiceKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
