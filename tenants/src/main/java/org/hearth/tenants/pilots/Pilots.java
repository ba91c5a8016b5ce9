package org.hearth.tenants.pilots;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.IntSupplier;
import org.hearth.datastore.IndividualNotices;
import org.hearth.datastore.RequestAgreements;
import org.hearth.kernel.db.Db;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.Security;

/** The pilots capability composed once: the public body's and the operator's services, the end-of-pilot worker, routes and staff pages. */
public final class Pilots {

    /**
     * What pilots need from the datastore: the agreements under a pilot's request, notices to its
     * participants, and the smallest group a question may be about (the charter's, shown as "at least N").
     */
    public record Sources(RequestAgreements agreements, IndividualNotices notices, IntSupplier minimumCohort) {
    }

    /** How often the end of pilots is looked for: days end at midnight UTC, a minute late is nothing. */
    private static final Duration ENDING_POLL = Duration.ofMinutes(1);

    private final PilotService service;
    private final PilotDecisions decisions;
    private final PilotEnding ending;
    private final Sources sources;

    private Pilots(PilotService service, PilotDecisions decisions, PilotEnding ending, Sources sources) {
        this.service = service;
        this.decisions = decisions;
        this.ending = ending;
        this.sources = sources;
    }

    public static Pilots create(Db db, Clock clock, DataRequestService requests, Sources sources) {
        return new Pilots(new PilotService(db, clock), new PilotDecisions(db, clock, requests),
                new PilotEnding(db, clock, requests, sources.agreements(), sources.notices(), ENDING_POLL), sources);
    }

    public PilotService service() {
        return service;
    }

    public PilotDecisions decisions() {
        return decisions;
    }

    /** The worker that ends pilots past their end date (the module starts it). */
    public PilotEnding ending() {
        return ending;
    }

    public Sources sources() {
        return sources;
    }

    public List<ApiRoutes> routes(TenantCalls tenants, String publicBaseUrl) {
        return List.of(new PilotRoutes(service, tenants, publicBaseUrl), new OperatorPilotRoutes(decisions, publicBaseUrl));
    }

    public PilotStaffPages staffPages(Security security, String publicBaseUrl) {
        return new PilotStaffPages(security, decisions, publicBaseUrl);
    }
}
