/**
 * Revenue from billing (issue 11): {@link org.hearth.governance.billing.RevenuePoster} reads
 * tenants' committed billing events from the outbox ({@code invoice.issued},
 * {@code invoice.payment_recorded}, {@code invoice.credited}) after its own durable cursor and
 * books each once as a balanced ledger entry. Governance never depends on tenants: the payloads are
 * decoded by type name into this package's own records ({@link org.hearth.governance.billing.BillingEvent}),
 * whose field names mirror tenants' events (a test in platform/app keeps the two in step).
 */
package org.hearth.governance.billing;
