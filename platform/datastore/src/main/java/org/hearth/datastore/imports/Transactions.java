package org.hearth.datastore.imports;

import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.Set;

/** A bank transaction as both statement formats make it: a record of type bank-transaction. */
final class Transactions {

    /** The currencies the bank-transaction type names; another is left out of the record, the amount kept. */
    private static final Set<String> CURRENCIES = Set.of("GBP", "EUR", "USD", "CHF", "ISK");

    private Transactions() {
    }

    static ImportedRecord of(String date, BigDecimal amount, String currency, String counterparty, String description, String account) {
        JsonObject data = new JsonObject().put("date", date).put("amount", amount.doubleValue());
        if (currency != null && CURRENCIES.contains(currency)) {
            data.put("currency", currency);
        }
        if (counterparty != null && !counterparty.isBlank()) {
            data.put("counterparty", Text.cut(counterparty.strip(), 200));
        }
        if (description != null && !description.isBlank()) {
            data.put("description", Text.cut(description.strip(), 200));
        }
        if (account != null && !account.isBlank()) {
            data.put("account", Text.cut(account.strip(), 200));
        }
        String who = counterparty != null && !counterparty.isBlank() ? counterparty.strip() : description != null && !description.isBlank() ? description.strip() : "—";
        String title = Text.cut(who, 150) + " " + amount.toPlainString() + (currency == null ? "" : " " + currency) + " " + date;
        return new ImportedRecord("hearth:bank-transaction/v1", "dpv-pd:Transaction", Text.cut(title, 200), data);
    }
}
