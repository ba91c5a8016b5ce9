package org.hearth.governance.ledger;

import java.util.Currency;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;
import org.hearth.kernel.money.Money;

/** The ledger's one currency (the charter's), and amounts read from the edge in it. */
public final class Amounts {

    private final Currency currency;

    public Amounts(Currency currency) {
        this.currency = currency;
    }

    public Currency currency() {
        return currency;
    }

    public Money zero() {
        return Money.zero(currency);
    }

    public Money money(String amount) {
        try {
            return Money.of(amount, currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, "Amounts are decimal strings in " + currency.getCurrencyCode()
                    + " with at most " + currency.getDefaultFractionDigits() + " decimals, e.g. \"1250.00\".");
        }
    }

    /** A strictly positive amount; 400 otherwise. */
    public Money positive(String amount, String field) {
        Money money = money(amount);
        if (!money.isPositive()) {
            throw new HearthException(ErrorCode.VALIDATION_FAILED, field + " must be more than zero.");
        }
        return money;
    }
}
