package org.hearth.reporting;

import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import org.hearth.datastore.IndividualNotices;
import org.hearth.reporting.breaches.BreachPages;
import org.hearth.reporting.breaches.BreachRegister;
import org.hearth.reporting.breaches.BreachRoutes;
import java.util.function.Consumer;
import org.hearth.kernel.db.Db;
import org.hearth.reporting.overview.OperatorOverview;
import org.hearth.reporting.overview.OperatorOverviewRoutes;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/** The reporting module, composed once by the application. */
public final class ReportingModule {

    private final Db db;
    private final BreachRegister breaches;

    private ReportingModule(Db db, BreachRegister breaches) {
        this.db = db;
        this.breaches = breaches;
    }

    /** @param notices datastore's notices to individuals, through which breach notices reach them */
    public static ReportingModule create(Db db, Clock clock, IndividualNotices notices) {
        return new ReportingModule(db, new BreachRegister(db, clock, notices));
    }

    public List<ApiRoutes> apiRoutes() {
        return List.of(new OperatorOverviewRoutes(new OperatorOverview(db)), new BreachRoutes(breaches));
    }

    /** The module's pages, each mounted on the application's router. */
    public List<Consumer<Router>> pages(Security security) {
        return List.of(new BreachPages(security, breaches)::mount);
    }
}
