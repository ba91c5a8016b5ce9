package org.hearth.archfixture.legacy;

import static org.hearth.schema.generated.datastore.Tables.AGREEMENTS;
import static org.hearth.schema.generated.tenants.Tables.TENANTS_;

import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.kernel.db.Tenancy;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** One hand-written tenant predicate (rule e) among the uses of TENANT_ID that are fine. */
class TenantQueries {
    Condition byHand(TenantScope scope) {
        return AGREEMENTS.ID.isNotNull()
                .and(AGREEMENTS.TENANT_ID.eq(scope.tenantId()));
    }

    Condition throughTenancy(TenantScope scope) {
        return Tenancy.owned(AGREEMENTS, scope);
    }

    void insert(DSLContext dsl, UUID id, TenantScope scope) {
        dsl.insertInto(AGREEMENTS).set(AGREEMENTS.ID, id).set(AGREEMENTS.TENANT_ID, scope.tenantId()).execute();
    }

    Condition join() {
        return TENANTS_.ID.eq(AGREEMENTS.TENANT_ID);
    }
}
