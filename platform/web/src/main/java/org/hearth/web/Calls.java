package org.hearth.web;

import io.vertx.ext.web.RoutingContext;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.actor.CallContext;
import org.hearth.kernel.actor.RequestId;
import org.hearth.kernel.actor.TenantGuard;
import org.hearth.kernel.actor.TenantScope;
import org.hearth.web.security.Security;

/**
 * What a route hands to a service: the actor the guard admitted, the request id and the
 * operation, as kernel types. The only place where a routing context becomes a
 * {@link CallContext}; services never see the routing context.
 */
public final class Calls {

    /** The routing-context key of the contract's operation id, set by the API router. */
    public static final String OPERATION = "hearth.operation";
    /** The routing-context key of the request id, set once when the request arrives. */
    public static final String REQUEST_ID = "hearth.requestId";
    private static final String TENANT_SCOPE = "hearth.tenantScope";

    private Calls() {
    }

    /** The actor a guard admitted (401 when the route has no guard). */
    public static Actor actor(RoutingContext rc) {
        return Security.caller(rc);
    }

    public static RequestId requestId(RoutingContext rc) {
        // WebApp stores the request's id as a String under the same key (Problems.REQUEST_ID) for
        // problem documents; reuse it, so the audit row and the problem quote the same id.
        RequestId typed = rc.get(REQUEST_ID + ".typed");
        if (typed != null) {
            return typed;
        }
        Object stored = rc.get(REQUEST_ID);
        RequestId id = stored instanceof RequestId given ? given
                : RequestId.fromHeader(stored instanceof String text ? text : rc.request().getHeader("X-Request-Id"));
        rc.put(REQUEST_ID + ".typed", id);
        return id;
    }

    /** The audited context of an API operation: the contract's operation id names it. */
    public static CallContext context(RoutingContext rc) {
        String operation = rc.get(OPERATION);
        if (operation == null) {
            throw new IllegalStateException("No operation id on this route: pages name theirs with context(rc, operation)");
        }
        return new CallContext(actor(rc), operation, requestId(rc));
    }

    /** The audited context of a page action, named by the page (for example {@code page.agreements.revoke}). */
    public static CallContext context(RoutingContext rc, String operation) {
        return new CallContext(actor(rc), operation, requestId(rc));
    }

    /**
     * The tenant guard: a handler for tenant routes that admits only a tenant actor and makes its
     * {@link TenantScope} for the handlers after it.
     */
    public static void tenantGuard(RoutingContext rc) {
        rc.put(TENANT_SCOPE, TenantGuard.admit(actor(rc)));
        rc.next();
    }

    /** The scope the tenant guard made for this request. */
    public static TenantScope tenant(RoutingContext rc) {
        TenantScope scope = rc.get(TENANT_SCOPE);
        if (scope == null) {
            // Routes for tenants put the guard first; reaching here means a route forgot it.
            scope = TenantGuard.admit(actor(rc));
            rc.put(TENANT_SCOPE, scope);
        }
        return scope;
    }
}
