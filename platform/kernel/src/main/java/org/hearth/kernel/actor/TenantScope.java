package org.hearth.kernel.actor;

import java.util.Objects;
import java.util.UUID;

/**
 * The tenant a unit of work is confined to. Only {@link TenantGuard} makes one, from an actor it
 * has checked, so a service that takes a {@code TenantScope} cannot be handed a tenant id that
 * came from a request body or a path.
 */
public final class TenantScope {

    private final UUID tenantId;

    TenantScope(UUID tenantId) {
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
    }

    public UUID tenantId() {
        return tenantId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantScope scope && scope.tenantId.equals(tenantId);
    }

    @Override
    public int hashCode() {
        return tenantId.hashCode();
    }

    @Override
    public String toString() {
        return "TenantScope[" + tenantId + "]";
    }
}
