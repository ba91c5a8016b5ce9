package org.hearth.reporting.impact;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/reports/impact?from=&to=}, for staff with the board or the operator role. */
public final class ImpactRoutes implements ApiRoutes {

    private final ImpactReport report;

    public ImpactRoutes(ImpactReport report) {
        this.report = report;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getImpactReport", this::get);
    }

    private void get(RoutingContext rc) {
        Period period = report.period(rc.queryParams().get("from"), rc.queryParams().get("to"));
        Api.json(rc, 200, ImpactJson.of(report.figures(Calls.context(rc), period)));
    }
}
