package org.hearth.governance.ledger;

import java.time.MonthDay;
import java.util.Currency;
import org.hearth.kernel.db.Db;

/**
 * The ledger's use cases, wired once over one repository: amounts in the charter's currency, the
 * chart of accounts, posting, reading the books, and financial years. A holder, not a service:
 * callers use the part they need.
 */
public record Ledger(Amounts amounts, Accounts accounts, Postings postings, Statements statements, FinancialYears years) {

    public static Ledger create(Db db, Currency currency, MonthDay yearStart) {
        Amounts amounts = new Amounts(currency);
        LedgerRepository repository = new LedgerRepository(currency);
        return new Ledger(amounts, new Accounts(db, repository), new Postings(db, amounts, yearStart, repository),
                new Statements(db, amounts, repository), new FinancialYears(db, yearStart, repository));
    }

    public Currency currency() {
        return amounts.currency();
    }
}
