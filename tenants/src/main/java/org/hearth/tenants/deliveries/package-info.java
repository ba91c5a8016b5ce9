/**
 * Deliveries: a tenant pushes records into a store under an agreement, idempotently, optionally as
 * verified attributes signed with its own key. The idempotency store keeps keyed hashes and the
 * record id, never content; it is read under the tenant's scope, swept under the audited system
 * scope, and emptied of an individual's entries in their erasure's transaction.
 */
package org.hearth.tenants.deliveries;
