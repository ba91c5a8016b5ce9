/** Deliveries: a tenant pushes records into a store under an agreement, idempotently, optionally as verified attributes. */
package org.hearth.tenants.deliveries;
