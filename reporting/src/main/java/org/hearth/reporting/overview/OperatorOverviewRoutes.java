package org.hearth.reporting.overview;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/operator/overview}, for staff with the operator role. */
public final class OperatorOverviewRoutes implements ApiRoutes {

    private final OperatorOverview overview;

    public OperatorOverviewRoutes(OperatorOverview overview) {
        this.overview = overview;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getOperatorOverview", this::get);
    }

    private void get(RoutingContext rc) {
        OperatorOverview.Figures figures = overview.figures(org.hearth.web.Calls.context(rc));
        Api.json(rc, 200, new JsonObject()
                .put("individuals", figures.individuals())
                .put("tenants", figures.tenants())
                .put("outboxPending", figures.outboxPending()));
    }
}
