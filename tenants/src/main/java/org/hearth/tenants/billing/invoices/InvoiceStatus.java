package org.hearth.tenants.billing.invoices;

import java.util.Arrays;
import java.util.Optional;

/** Where an invoice stands, as the API and the pages name it. */
public enum InvoiceStatus {
    ISSUED, PARTIALLY_PAID, PAID, CREDITED, OVERDUE;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<InvoiceStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }

    /** The status after payments of {@code paid} on a total of {@code total} (both minor units). */
    static InvoiceStatus afterPayment(long paid, long total, boolean overdue) {
        if (paid >= total) {
            return PAID;
        }
        if (overdue) {
            return OVERDUE;
        }
        return paid > 0 ? PARTIALLY_PAID : ISSUED;
    }
}
