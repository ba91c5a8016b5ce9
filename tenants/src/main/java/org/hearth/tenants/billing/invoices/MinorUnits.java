package org.hearth.tenants.billing.invoices;

import java.math.BigDecimal;
import java.util.Currency;
import org.hearth.kernel.money.Money;

/** Money to and from the integer minor units the invoice tables keep. */
final class MinorUnits {

    private MinorUnits() {
    }

    static long of(Money money) {
        return money.amount().movePointRight(digits(money.currency())).longValueExact();
    }

    static Money money(long minor, Currency currency) {
        return new Money(BigDecimal.valueOf(minor).movePointLeft(digits(currency)), currency);
    }

    private static int digits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
