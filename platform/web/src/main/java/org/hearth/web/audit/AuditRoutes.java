package org.hearth.web.audit;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/operator/audit}, for staff with the operator role. */
public final class AuditRoutes implements ApiRoutes {

    private final AuditTrail trail;

    public AuditRoutes(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("listAuditEntries", this::list);
    }

    private void list(RoutingContext rc) {
        AuditQuery query = AuditQuery.parse(name -> rc.queryParams().get(name));
        Api.json(rc, 200, AuditJson.page(trail.list(Calls.context(rc), query)));
    }
}
