/**
 * The operator's double-entry ledger: the chart of accounts (seeded from the legal profile),
 * balanced and immutable journal entries, balances, trial balance and account statements.
 * Corrections are reversing entries; the database refuses updates and deletes, and checks at
 * commit that every entry balances.
 */
package org.hearth.governance.ledger;
