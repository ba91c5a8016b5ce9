package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.governance.GovernanceModule;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;
import org.hearth.reporting.annual.AnnualReportPages;
import org.hearth.reporting.annual.AnnualReportRoutes;
import org.hearth.reporting.annual.AnnualReports;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.reporting.transparency.Transparency;
import org.hearth.reporting.transparency.TransparencyPage;
import org.hearth.reporting.transparency.TransparencyRoutes;
import org.hearth.reporting.usage.UsageByDay;
import org.hearth.reporting.usage.UsageRollup;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/** The reporting module, composed once by the application over governance's services (it reads them; they never read it). */
public final class ReportingModule {

    private final Db db;
    private final AnnualReports annualReports;
    private final Transparency transparency;

    private ReportingModule(Db db, AnnualReports annualReports, Transparency transparency) {
        this.db = db;
        this.annualReports = annualReports;
        this.transparency = transparency;
    }

    /** {@code governance} is what the reports read the ledger and the board's decisions through. */
    public static ReportingModule create(Db db, GovernanceModule governance) {
        return create(db, governance, Clock.systemUTC());
    }

    public static ReportingModule create(Db db, GovernanceModule governance, Clock clock) {
        return new ReportingModule(db, new AnnualReports(db, governance.services()), new Transparency(db, governance.publishedBooks(), clock));
    }

    /** The platform's usage per day, from the roll-up and the hours it has not reached. */
    public UsageByDay usage() {
        return new UsageByDay(db);
    }

    /** The module's background work: the usage roll-up, checked every {@code every}. */
    public List<Worker> workers(Duration every) {
        return List.of(new UsageRollup(db, Clock.systemUTC(), every));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new AnnualReportRoutes(annualReports),
                new TransparencyRoutes(transparency));
    }

    /** The module's pages, each mounted on the application's router. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new AnnualReportPages(security, annualReports)::mount, new TransparencyPage(security, transparency)::mount);
    }
}
