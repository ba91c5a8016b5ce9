package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.datastore.DatastoreModule;
import org.hearth.governance.GovernanceModule;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;
import org.hearth.reporting.annual.AnnualReportPages;
import org.hearth.reporting.annual.AnnualReportRoutes;
import org.hearth.reporting.annual.AnnualReports;
import org.hearth.reporting.breaches.BreachPages;
import org.hearth.reporting.breaches.BreachRegister;
import org.hearth.reporting.breaches.BreachRoutes;
import org.hearth.reporting.gdpr.AccessReport;
import org.hearth.reporting.gdpr.Controller;
import org.hearth.reporting.gdpr.GdprPages;
import org.hearth.reporting.gdpr.ProcessingRecord;
import org.hearth.reporting.gdpr.ProcessingRoutes;
import org.hearth.reporting.impact.ImpactPages;
import org.hearth.reporting.impact.ImpactReport;
import org.hearth.reporting.impact.ImpactRoutes;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.reporting.transparency.Transparency;
import org.hearth.reporting.transparency.TransparencyPage;
import org.hearth.reporting.transparency.TransparencyRoutes;
import org.hearth.reporting.usage.UsageByDay;
import org.hearth.reporting.usage.UsageRollup;
import org.hearth.governance.charter.PilotParameters;
import org.hearth.reporting.pilots.PilotQuestionRoutes;
import org.hearth.reporting.pilots.PilotReportPages;
import org.hearth.reporting.pilots.PilotQuestions;
import org.hearth.reporting.pilots.PilotReports;
import org.hearth.reporting.pilots.privacy.Mechanism;
import org.hearth.tenants.TenantGate;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/**
 * The reporting module, composed once by the application over the modules it reads (governance's
 * services and books, the datastore's owner reads); none of them reads reporting.
 */
public final class ReportingModule {

    /**
     * What reporting reads.
     *
     * @param governance the ledger and the board's decisions
     * @param datastore an individual's own data, for their access report, and the notices that tell
     *     individuals of a breach
     * @param controller the operator as the GDPR evidence names it
     * @param tenants the tenant guard, for pilots' questions and reports
     */
    public record Sources(GovernanceModule governance, DatastoreModule datastore, Controller controller, TenantGate tenants) {
    }

    private final Db db;
    private final Clock clock;
    private final AnnualReports annualReports;
    private final Transparency transparency;
    private final ProcessingRecord processing;
    private final AccessReport accessReport;
    private final BreachRegister breaches;
    private final ImpactReport impact;
    private final PilotQuestions pilotQuestions;
    private final PilotReports pilotReports;
    private final TenantGate tenants;

    private ReportingModule(Db db, Sources sources, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.annualReports = new AnnualReports(db, sources.governance().services());
        this.transparency = new Transparency(db, sources.governance().publishedBooks(), clock);
        this.processing = new ProcessingRecord(db, sources.controller(), clock);
        this.accessReport = new AccessReport(db, sources.controller(), sources.datastore()::ownData, clock);
        this.breaches = new BreachRegister(db, clock, sources.datastore().notices());
        this.impact = new ImpactReport(db, sources.governance().figures(), clock);
        PilotParameters pilots = sources.governance().services().charter().pilots();
        this.pilotQuestions = new PilotQuestions(db, sources.datastore().cohorts(), pilots, Mechanism.secure(), clock);
        this.pilotReports = new PilotReports(db, pilots);
        this.tenants = sources.tenants();
    }

    public static ReportingModule create(Db db, Sources sources) {
        return create(db, sources, Clock.systemUTC());
    }

    public static ReportingModule create(Db db, Sources sources, Clock clock) {
        return new ReportingModule(db, sources, clock);
    }

    /** The platform's usage per day, from the roll-up and the hours it has not reached. */
    public UsageByDay usage() {
        return new UsageByDay(db);
    }

    /** The module's background work: the usage roll-up, checked every {@code every}. */
    public List<Worker> workers(Duration every) {
        return List.of(new UsageRollup(db, clock, every));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new AnnualReportRoutes(annualReports),
                new TransparencyRoutes(transparency), new ProcessingRoutes(processing), new BreachRoutes(breaches), new ImpactRoutes(impact),
                new PilotQuestionRoutes(pilotQuestions, pilotReports, tenants));
    }

    /** The module's pages, each mounted on the application's router. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new AnnualReportPages(security, annualReports)::mount, new TransparencyPage(security, transparency)::mount,
                new GdprPages(security, processing, accessReport)::mount, new BreachPages(security, breaches)::mount,
                new ImpactPages(security, impact)::mount, new PilotReportPages(security, tenants, pilotQuestions, pilotReports)::mount);
    }
}
