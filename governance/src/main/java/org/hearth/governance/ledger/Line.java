package org.hearth.governance.ledger;

import java.util.Objects;
import org.hearth.kernel.money.Money;

/** One side of an entry: a positive debit or a positive credit to one account, never both. */
public record Line(String account, Money debit, Money credit) {

    public Line {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(debit, "debit");
        Objects.requireNonNull(credit, "credit");
    }

    public static Line debit(String account, Money amount) {
        return new Line(account, amount, Money.zero(amount.currency()));
    }

    public static Line credit(String account, Money amount) {
        return new Line(account, Money.zero(amount.currency()), amount);
    }

    /** Debit minus credit. */
    public Money net() {
        return debit.minus(credit);
    }
}
