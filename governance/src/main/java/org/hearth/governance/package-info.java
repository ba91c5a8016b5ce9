/**
 * Governance: the charter's parameters, and (in later work) the ledger, legal profiles, dividends,
 * the asset lock, board, colleges and votes. {@link org.hearth.governance.GovernanceModule} is the API.
 */
package org.hearth.governance;
