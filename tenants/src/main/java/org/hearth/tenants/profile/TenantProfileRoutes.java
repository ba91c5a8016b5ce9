package org.hearth.tenants.profile;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.tenants.clients.Tenant;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.kernel.actor.Actor;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.Calls;

/** {@code GET /api/v1/tenant}: the organisation behind the access token. */
public final class TenantProfileRoutes implements ApiRoutes {

    private final TenantCalls tenants;

    public TenantProfileRoutes(TenantCalls tenants) {
        this.tenants = tenants;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getTenant", tenants.guarded(this::get));
    }

    private void get(RoutingContext rc) {
        Actor caller = Calls.actor(rc);
        Tenant tenant = tenants.admitted(rc);
        Api.json(rc, 200, new JsonObject()
                .put("id", tenant.id().toString())
                .put("name", tenant.name())
                .put("kind", tenant.kind())
                .put("status", tenant.status())
                .put("clientId", caller.clientId().orElse(null))
                .put("createdAt", tenant.createdAt().toString()));
    }
}
