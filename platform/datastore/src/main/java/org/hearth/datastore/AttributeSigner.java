package org.hearth.datastore;

import java.util.UUID;

/** Signs a verified attribute with a tenant's key (the tenants module holds the keys). */
@FunctionalInterface
public interface AttributeSigner {
    /** A compact JWS over {@code payloadJson}, checkable with {@code /api/v1/tenants/{tenantId}/jwks.json}. */
    String sign(UUID tenantId, String payloadJson);
}
