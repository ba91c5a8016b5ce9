package org.hearth.governance.ledger;

import org.hearth.kernel.money.Money;

/** The debits and credits of one account over a period. */
public record Balance(Account account, Money debits, Money credits) {

    /** Debits minus credits. */
    public Money net() {
        return debits.minus(credits);
    }

    /** The balance the way the account is usually read: credits minus debits for revenue, equity and liabilities. */
    public Money natural() {
        return account.type().debitNormal() ? net() : net().negate();
    }
}
