package org.hearth.tenants.billing.invoices;

import org.hearth.tenants.billing.pricing.InvoiceLine;
import org.hearth.tenants.billing.pricing.LineKind;
import org.hearth.tenants.billing.pricing.Metric;

/** The revenue source a line books to in the ledger, as {@link org.hearth.tenants.InvoiceIssued} splits it. */
enum Source {
    SUBSCRIPTIONS, USAGE_FEES, COMMISSIONS;

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A subscription charge (a charge line without a metric) books to subscriptions; a charge on
     * declared transaction value (the percentage model) to commissions; every other line,
     * true-ups included, to usage fees; a deduction to the source of the part of an interim
     * invoice it takes back.
     */
    static Source of(InvoiceLine line) {
        if (line.kind() == LineKind.INTERIM_DEDUCTION) {
            return valueOf(line.deducts().orElseThrow().source().toUpperCase(java.util.Locale.ROOT));
        }
        if (line.kind() != LineKind.CHARGE) {
            return USAGE_FEES;
        }
        if (line.metric().isEmpty()) {
            return SUBSCRIPTIONS;
        }
        return line.metric().get() == Metric.TRANSACTION_VALUE ? COMMISSIONS : USAGE_FEES;
    }
}
