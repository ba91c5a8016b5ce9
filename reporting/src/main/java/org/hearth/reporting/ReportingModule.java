package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.governance.GovernanceModule;
import org.hearth.kernel.db.Db;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.reporting.transparency.Transparency;
import org.hearth.reporting.transparency.TransparencyPage;
import org.hearth.reporting.transparency.TransparencyRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/** The reporting module, composed once by the application over governance's services (it reads them; they never read it). */
public final class ReportingModule {

    private final Db db;
    private final Transparency transparency;

    private ReportingModule(Db db, Transparency transparency) {
        this.db = db;
        this.transparency = transparency;
    }

    public static ReportingModule create(Db db, GovernanceModule governance) {
        return create(db, governance, Clock.systemUTC());
    }

    public static ReportingModule create(Db db, GovernanceModule governance, Clock clock) {
        return new ReportingModule(db, new Transparency(db, governance.publishedBooks(), clock));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new TransparencyRoutes(transparency));
    }

    /** The module's pages, each mounted on the application's router: the public transparency page. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new TransparencyPage(security, transparency)::mount);
    }
}
