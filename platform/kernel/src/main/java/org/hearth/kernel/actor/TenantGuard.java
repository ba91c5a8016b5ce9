package org.hearth.kernel.actor;

import java.util.UUID;
import org.hearth.kernel.error.ErrorCode;
import org.hearth.kernel.error.HearthException;

/**
 * The one maker of {@link TenantScope}s. The web layer's tenant guard handler calls
 * {@link #admit(Actor)} for every tenant route; background work that acts for a tenant found in
 * the database uses {@link #forJob(Actor, UUID)}, which only a {@link Actor.Kind#SYSTEM} actor may.
 */
public final class TenantGuard {

    private TenantGuard() {
    }

    /** The scope of a tenant actor, or 403 for anyone else. */
    public static TenantScope admit(Actor actor) {
        return new TenantScope(actor.tenantId());
    }

    /** The scope a platform job takes to act for one tenant it read from the database. */
    public static TenantScope forJob(Actor system, UUID tenantId) {
        if (!system.is(Actor.Kind.SYSTEM)) {
            throw new HearthException(ErrorCode.FORBIDDEN, "Only platform jobs may choose the tenant they act for");
        }
        return new TenantScope(tenantId);
    }
}
