/**
 * Governance: the charter, the double-entry ledger and financial years, the legal profiles' rules
 * (dividend cap, asset lock, SCIC reserves, interest on shares), community projects, members,
 * meetings and votes. {@link org.hearth.governance.GovernanceModule} is the API: {@code create}
 * wires, {@code start} records the charter and seeds the accounts after wiring. The module
 * publishes no outbox events.
 */
package org.hearth.governance;
