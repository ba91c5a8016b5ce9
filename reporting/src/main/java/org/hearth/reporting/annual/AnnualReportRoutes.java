package org.hearth.reporting.annual;

import io.vertx.ext.web.RoutingContext;
import org.hearth.web.Calls;
import org.hearth.web.api.Api;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ApiRoutes;

/** {@code GET /api/v1/reports/annual/{year}}: the report as JSON, for staff with the board or operator role. */
public final class AnnualReportRoutes implements ApiRoutes {

    private final AnnualReports reports;

    public AnnualReportRoutes(AnnualReports reports) {
        this.reports = reports;
    }

    @Override
    public void register(ApiOperations operations) {
        operations.handle("getAnnualReport", this::get);
    }

    private void get(RoutingContext rc) {
        Api.json(rc, 200, ReportJson.api(reports.report(Calls.context(rc), rc.pathParam("year"))));
    }
}
