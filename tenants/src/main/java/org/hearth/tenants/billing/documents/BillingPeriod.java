package org.hearth.tenants.billing.documents;

import java.time.LocalDate;
import java.util.Objects;

/** The days billed, first and last included (EN 16931 BG-14). */
public record BillingPeriod(LocalDate first, LocalDate last) {

    public BillingPeriod {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period ends on or after its first day");
        }
    }
}
