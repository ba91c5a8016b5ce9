package org.hearth.governance.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The five classes of account; assets and expenses grow with debits, the others with credits. */
public enum AccountType {
    ASSET, LIABILITY, EQUITY, REVENUE, EXPENSE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean debitNormal() {
        return this == ASSET || this == EXPENSE;
    }

    public static Optional<AccountType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
