package org.hearth.tenants;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import org.hearth.kernel.actor.TenantScope;

/**
 * The tenant guard, for routes and pages of other modules that serve tenants (reporting's pilot
 * questions and reports): the same checks as the tenants module's own routes, once per request.
 */
public interface TenantGate {

    /** The tenant this request was admitted as. */
    record Admitted(UUID id, String name, String kind) {

        /** A public body (a ministry, a council, a health authority): the only kind that runs pilots. */
        public boolean isPublicBody() {
            return "public_body".equals(kind);
        }
    }

    /** An API operation of a tenant: active tenant, live client, analysts only read, the plan's rate limit. */
    Handler<RoutingContext> guarded(Handler<RoutingContext> handler);

    /** The tenant of a console page (suspension applies; the API rate limit does not). */
    TenantScope console(RoutingContext rc);

    /** The tenant admitted for this request, by {@link #guarded} or {@link #console}. */
    Admitted admitted(RoutingContext rc);
}
