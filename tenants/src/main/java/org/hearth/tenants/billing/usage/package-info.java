/**
 * Metering: every billable act counted in the transaction that commits it, aggregated per
 * tenant, metric, agreement and UTC hour in {@code tenants.usage} (no personal data: which
 * agreement, never whose records). {@code UsageMeter} is the datastore's {@code ReadMeter}
 * (consented reads, counted in the access log's group commit, aggregated over the batch) and
 * counts deliveries and declared transactions in their commits. {@code UsageLimits} refuses an act
 * past a plan's hard limit (402) before it is done; {@code UsageService} gives a month's
 * quantities and the running estimate from the pricing engine; {@code TransactionService} declares
 * transactions idempotently. {@code PlanPrices} is the one place plans and VAT rates come from.
 * The repositories are the only code that touches the tables; the routes the only HTTP.
 */
package org.hearth.tenants.billing.usage;
