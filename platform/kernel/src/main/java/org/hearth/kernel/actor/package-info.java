/**
 * Who acts and for whom: the typed {@link org.hearth.kernel.actor.Actor} built once per request
 * from the authenticated caller, the {@link org.hearth.kernel.actor.TenantScope} that only the
 * tenant guard can make, the {@link org.hearth.kernel.actor.RequestId}, and the
 * {@link org.hearth.kernel.actor.CallContext} that every write transaction is audited under.
 * Services and repositories take these; none of them is an HTTP type.
 */
package org.hearth.kernel.actor;
