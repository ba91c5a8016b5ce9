package org.hearth.tenants.billing.pricing;

import java.time.LocalDate;
import java.util.Objects;
import org.hearth.kernel.money.Money;

/** A transaction the tenant declared, on whose value a percentage component charges a commission. */
public record Transaction(Money value, LocalDate date) {

    public Transaction {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(date, "date");
        if (value.isNegative()) {
            throw new IllegalArgumentException("a declared transaction is never negative: " + value);
        }
    }
}
