package org.hearth.tenants.clients;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.web.Calls;

/**
 * The tenant guard of every tenant route, in front of its handler: it admits only a tenant actor
 * ({@link Calls#tenant}, which makes the request's {@link TenantScope}), then checks once per
 * request that the tenant is active and its client live, that an analyst's session only reads,
 * and (API calls only) the plan's rate limit. Handlers then take {@code Calls.tenant(rc)}.
 */
public final class TenantCalls {

    private static final String ADMITTED = "hearth.tenant.admitted";

    private final ClientService clients;

    public TenantCalls(ClientService clients) {
        this.clients = clients;
    }

    /** An API operation of a tenant. */
    public Handler<RoutingContext> guarded(Handler<RoutingContext> handler) {
        return rc -> {
            admitApi(rc);
            handler.handle(rc);
        };
    }

    /**
     * An API operation that returns individuals' records: a team member's session needs the admin
     * or developer role (analysts see counts and metadata, not people's data).
     */
    public Handler<RoutingContext> guardedForRecords(Handler<RoutingContext> handler) {
        return rc -> {
            clients.requireRecordsRole(Calls.actor(rc));
            admitApi(rc);
            handler.handle(rc);
        };
    }

    private void admitApi(RoutingContext rc) {
        if (rc.get(ADMITTED) == null) {
            TenantScope scope = Calls.tenant(rc);
            boolean reads = rc.request().method() == HttpMethod.GET || rc.request().method() == HttpMethod.HEAD;
            rc.put(ADMITTED, clients.admitApiCall(Calls.actor(rc), scope, reads));
        }
    }

    /** The tenant as the guard checked it for this API call (active, its client live): no second read. */
    public Tenant admitted(RoutingContext rc) {
        Tenant tenant = rc.get(ADMITTED);
        if (tenant == null) {
            throw new IllegalStateException("admitted() behind a route that TenantCalls does not guard");
        }
        return tenant;
    }

    /** The tenant admitted for this request: by the API guard, or (read once) as a console page's. */
    public Tenant current(RoutingContext rc) {
        Tenant tenant = rc.get(ADMITTED);
        return tenant != null ? tenant : consoleTenant(rc);
    }

    /**
     * The tenant of a console page: suspension applies, the API rate limit does not, because a
     * person reading pages is not API usage the plan sells.
     */
    public TenantScope console(RoutingContext rc) {
        consoleTenant(rc);
        return Calls.tenant(rc);
    }

    /** The console's tenant as checked for this request (read once per request). */
    public Tenant consoleTenant(RoutingContext rc) {
        Tenant tenant = rc.get(ADMITTED);
        if (tenant == null) {
            tenant = clients.checkActive(Calls.actor(rc), Calls.tenant(rc));
            rc.put(ADMITTED, tenant);
        }
        return tenant;
    }
}
