package org.hearth.kernel.db;

import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The one tenant predicate (Kill Bill's {@code CHECK_TENANT}): every query on a tenant-owned
 * table adds {@code owned(TABLE, scope)} instead of writing {@code TENANT_ID.eq(...)} by hand.
 * Row-level security is the second guard behind it.
 */
public final class Tenancy {

    private Tenancy() {
    }

    public static Condition owned(Table<?> table, TenantScope scope) {
        return tenantColumn(table).eq(scope.tenantId());
    }

    /**
     * {@link #owned} for a select rendered once ({@link RenderedSelect}): the tenant is a
     * placeholder, bound at each run to the scope's tenant by a repository method that takes the
     * {@link TenantScope}, so a tenant's query still cannot run without one.
     */
    public static Condition ownedByPlaceholder(Table<?> table) {
        return tenantColumn(table).eq(org.jooq.impl.DSL.param("tenant", UUID.class));
    }

    /**
     * The rows about tenant {@code tenantId}, as an operator filters a platform-wide table (the
     * audit trail) by tenant. This is a filter, not a tenant scope: it admits no tenant to
     * anything, so it takes a plain id; a tenant's own queries use {@link #owned}.
     */
    public static Condition ofTenant(Table<?> table, UUID tenantId) {
        return tenantColumn(table).eq(tenantId);
    }

    private static Field<UUID> tenantColumn(Table<?> table) {
        Field<UUID> tenant = table.field("tenant_id", UUID.class);
        if (tenant == null) {
            throw new IllegalArgumentException(table.getName() + " is not tenant-owned (no tenant_id column)");
        }
        return tenant;
    }
}
