package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.governance.BoardFigures;
import org.hearth.kernel.db.Db;
import org.hearth.reporting.impact.ImpactPages;
import org.hearth.reporting.impact.ImpactReport;
import org.hearth.reporting.impact.ImpactRoutes;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/**
 * The reporting module, composed once by the application. It reads governance's figures through
 * governance's services (so the ledger's rules stay in one place) and the other modules' tables
 * through its own repositories.
 */
public final class ReportingModule {

    private final Db db;
    private final ImpactReport impact;

    private ReportingModule(Db db, ImpactReport impact) {
        this.db = db;
        this.impact = impact;
    }

    public static ReportingModule create(Db db, BoardFigures governance, Clock clock) {
        return new ReportingModule(db, new ImpactReport(db, governance, clock));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new ImpactRoutes(impact));
    }

    /** The module's pages, each mounted on the application's router. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new ImpactPages(security, impact)::mount);
    }
}
