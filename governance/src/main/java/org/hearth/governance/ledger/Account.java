package org.hearth.governance.ledger;

/**
 * An account of the chart.
 *
 * @param role what the legal rules look the account up by (e.g. {@code retained_earnings}),
 *     or null for an operator's own account
 * @param seeded whether it came with the legal profile's chart
 */
public record Account(String code, String name, AccountType type, String role, boolean seeded) {
}
