package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.hearth.datastore.DatastoreModule;
import org.hearth.kernel.db.Db;
import org.hearth.reporting.gdpr.AccessReport;
import org.hearth.reporting.gdpr.Controller;
import org.hearth.reporting.gdpr.GdprPages;
import org.hearth.reporting.gdpr.ProcessingRecord;
import org.hearth.reporting.gdpr.ProcessingRoutes;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/** The reporting module, composed once by the application. */
public final class ReportingModule {

    private final Db db;
    private final ProcessingRecord processing;
    private final AccessReport accessReport;

    private ReportingModule(Db db, ProcessingRecord processing, AccessReport accessReport) {
        this.db = db;
        this.processing = processing;
        this.accessReport = accessReport;
    }

    /** {@code controller} is the operator as the GDPR evidence names it; {@code datastore} gives individuals their own data. */
    public static ReportingModule create(Db db, Controller controller, DatastoreModule datastore, Clock clock) {
        return new ReportingModule(db, new ProcessingRecord(db, controller, clock), new AccessReport(db, controller, datastore::ownData, clock));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new ProcessingRoutes(processing));
    }

    /** The module's pages, each mounted on the application's router. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new GdprPages(security, processing, accessReport)::mount);
    }
}
