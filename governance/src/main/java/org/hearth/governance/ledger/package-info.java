/**
 * The operator's double-entry ledger, split by use case behind {@link org.hearth.governance.ledger.Ledger}:
 * {@code Amounts} (the charter's one currency), {@code Accounts} (the chart, seeded from the legal
 * profile at start), {@code Postings} (balanced entries, reversals, the manual-kind rule of
 * {@link org.hearth.governance.ledger.EntryKind}), {@code Statements} (entries, balances, trial
 * balance, statements, a year's result) and {@code FinancialYears}. Only the package-private
 * {@code LedgerRepository} touches the tables. Corrections are reversing entries; the database
 * refuses updates and deletes, checks at commit that every entry balances, and checks each
 * entry's kind against the enum's codes.
 */
package org.hearth.governance.ledger;
