package org.hearth.reporting;

import java.util.List;
import org.hearth.kernel.db.Db;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.web.api.ApiRoutes;

/** The reporting module, composed once by the application. */
public final class ReportingModule {

    private final Db db;

    private ReportingModule(Db db) {
        this.db = db;
    }

    public static ReportingModule create(Db db) {
        return new ReportingModule(db);
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)));
    }
}
