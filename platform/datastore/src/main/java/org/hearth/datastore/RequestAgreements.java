package org.hearth.datastore;

import java.util.UUID;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.TenantScope;

/**
 * Agreements taken as the group accepted under one data request, for the tenants module's pilots:
 * how many are live (for "at least N", never the count itself) and ending them all when the
 * request's pilot ends.
 */
public interface RequestAgreements {

    /** Whether at least {@code n} of the tenant's agreements under the request are live now (not revoked, not expired). */
    boolean liveAtLeast(TenantScope scope, UUID dataRequestId, int n);

    /**
     * Ends every agreement under the request that has not been revoked: each is made to expire
     * now at the latest, and each not yet marked expired gets its {@code expired} consent event
     * and an {@link AgreementExpired} event for its tenant, once. Under the audited system scope;
     * idempotent (a second call marks nothing). Returns how many this call marked.
     */
    int expireAll(CallContext ctx, UUID dataRequestId);
}
