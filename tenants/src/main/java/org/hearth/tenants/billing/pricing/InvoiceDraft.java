package org.hearth.tenants.billing.pricing;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.hearth.kernel.money.Money;

/**
 * A rated period, not yet an invoice (it has no number): its lines, the subtotal (their sum), VAT
 * by rate, and the total (subtotal plus VAT). {@code invoiceThreshold} is that of the plan version
 * in force at the period's last rated day, if it has one.
 */
public record InvoiceDraft(Currency currency, BillingPeriod period, List<InvoiceLine> lines, Money subtotal,
        List<VatLine> vat, Money vatTotal, Money total, Optional<Money> invoiceThreshold) {

    public InvoiceDraft {
        lines = List.copyOf(lines);
        vat = List.copyOf(vat);
    }
}
