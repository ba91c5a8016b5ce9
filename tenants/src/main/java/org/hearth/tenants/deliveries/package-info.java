/**
 * Deliveries: a tenant pushes records into a store under an agreement, idempotently, optionally as
 * verified attributes. The idempotency store keeps keyed hashes and the record id, never content.
 */
package org.hearth.tenants.deliveries;
