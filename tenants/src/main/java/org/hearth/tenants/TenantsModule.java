package org.hearth.tenants;

import java.time.Clock;
import java.time.Duration;
import org.hearth.kernel.config.BillingConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import io.vertx.ext.web.Router;
import org.hearth.datastore.TenantAgreements;
import org.hearth.kernel.crypto.LookupKey;
import org.hearth.kernel.crypto.MasterKeyRing;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.work.Worker;
import org.hearth.tenants.agreements.TenantAgreementRoutes;
import org.hearth.tenants.billing.pricing.VatRates;
import org.hearth.tenants.billing.usage.PlanPrices;
import org.hearth.tenants.billing.usage.UsageLimits;
import org.hearth.tenants.billing.usage.TransactionRoutes;
import org.hearth.tenants.billing.usage.TransactionService;
import org.hearth.tenants.billing.usage.UsageMeter;
import org.hearth.tenants.billing.usage.UsageRoutes;
import org.hearth.tenants.billing.usage.UsageService;
import org.hearth.tenants.billing.invoices.BillingPages;
import org.hearth.tenants.billing.invoices.Invoicing;
import org.hearth.tenants.billing.plans.PlanPages;
import org.hearth.tenants.billing.plans.PlanStore;
import org.hearth.tenants.clients.ClientRoutes;
import org.hearth.tenants.clients.ClientService;
import org.hearth.tenants.clients.RegistrationRoutes;
import org.hearth.tenants.clients.TenantCalls;
import org.hearth.tenants.clients.TokenEndpointRoutes;
import org.hearth.tenants.console.ConsolePages;
import org.hearth.tenants.console.InvoicePages;
import org.hearth.tenants.console.ConsoleBillingPages;
import org.hearth.tenants.billing.plans.PlanSchedule;
import org.hearth.tenants.billing.details.BillingDetailsRoutes;
import org.hearth.tenants.billing.details.BillingDetailsService;
import org.hearth.tenants.deliveries.Deliveries;
import org.hearth.tenants.keys.TenantKeys;
import org.hearth.tenants.profile.TenantProfileRoutes;
import org.hearth.tenants.requests.DataRequestRoutes;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.tenants.team.TeamService;
import org.hearth.tenants.webhooks.Webhooks;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.security.AccessTokens;
import org.hearth.web.security.Security;

/**
 * The tenants module's services, composed once by the application. Building it starts nothing:
 * the platform starts {@link #workers()} in order once everything is wired, and closes them in
 * reverse.
 */
public final class TenantsModule {

    private final Db db;
    private final ClientService clients;
    private final TenantCalls tenantCalls;
    private final TenantKeys keys;
    private final PasswordHasher hasher;
    private final DataRequestService requests;
    private final TenantAgreements agreements;
    private final Webhooks webhooks;
    private final Deliveries deliveries;
    private final String publicBaseUrl;
    private final Clock clock;
    private final UsageMeter meter;
    private final UsageLimits limits;
    private final List<ApiRoutes> billing;
    /** What the console's billing pages read: the details, the month's usage and estimate, the plans. */
    private final ConsoleBilling consoleBilling;

    /** The services behind the console's plan, usage and billing-details pages. */
    private record ConsoleBilling(BillingDetailsService details, UsageService usage, PlanPrices prices) {
    }
    private final Invoicing invoicing;
    /** Pilots with public bodies (issue 13): proposals, decisions, funding and their end. */
    private final org.hearth.tenants.pilots.Pilots pilots;
    /** Mail: a colleague's invitation is mailed to them. */
    private final org.hearth.datastore.IndividualMail mail;
    /** Whether the platform checked who each organisation is (staff pages and API). */
    private final org.hearth.tenants.verification.VerificationService verification;
    /** How often billing looks for a month to close and invoices gone overdue. */
    private static final Duration BILLING_POLL = Duration.ofMinutes(5);

    private TenantsModule(Db db, ClientService clients, TenantCalls tenantCalls, TenantKeys keys, PasswordHasher hasher, DataRequestService requests,
                          TenantAgreements agreements, Webhooks webhooks, Deliveries deliveries, String publicBaseUrl, Clock clock, UsageMeter meter, UsageLimits limits,
                          List<ApiRoutes> billing, ConsoleBilling consoleBilling, Invoicing invoicing, org.hearth.tenants.pilots.Pilots pilots,
                          org.hearth.datastore.IndividualMail mail) {
        this.mail = mail;
        this.verification = new org.hearth.tenants.verification.VerificationService(db);
        this.pilots = pilots;
        this.billing = billing;
        this.consoleBilling = consoleBilling;
        this.meter = meter;
        this.limits = limits;
        this.db = db;
        this.clients = clients;
        this.tenantCalls = tenantCalls;
        this.keys = keys;
        this.hasher = hasher;
        this.requests = requests;
        this.agreements = agreements;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.publicBaseUrl = publicBaseUrl;
        this.clock = clock;
        this.invoicing = invoicing;
    }

    /** Data requests come first: the datastore's agreements look codes up in them. */
    public static DataRequestService dataRequests(Db db) {
        return new DataRequestService(db);
    }

    /** Each organisation's published keys (its JWK set, or empty for none): how a record's signature is checked, e.g. on arriving from an export. */
    public static java.util.function.Function<java.util.UUID, java.util.Optional<String>> publicKeys(Db db, MasterKeyRing masterKeys) {
        return new org.hearth.tenants.keys.TenantKeys(db, masterKeys)::jwks;
    }

    public static TenantsModule create(Db db, AccessTokens accessTokens, MasterKeyRing masterKeys, PasswordHasher hasher,
                                       DataRequestService requests, TenantAgreements agreements, String publicBaseUrl, Clock clock,
                                       Duration webhookRetryBase, Duration poll, Map<String, Double> ratePerPlan,
                                       boolean webhookPrivateTargets, LookupKey lookupKey, Duration idempotencyTtl,
                                       BillingConfig billingConfig, org.hearth.tenants.pilots.Pilots.Sources pilotSources,
                                       org.hearth.datastore.IndividualMail mail) {
        TenantKeys keys = new TenantKeys(db, masterKeys);
        ClientService clients = new ClientService(db, accessTokens, keys, ratePerPlan);
        TenantCalls calls = new TenantCalls(clients);
        Webhooks webhooks = Webhooks.create(db, masterKeys, calls, webhookRetryBase, poll, webhookPrivateTargets);
        UsageMeter meter = new UsageMeter(clock);
        VatRates vat = Invoicing.vatRates(billingConfig);
        BillingDetailsService details = new BillingDetailsService(db, clock, vat);
        // One store of plans: metering's limits and estimate, the close and the operator's edits share it;
        // the estimate charges the configured VAT as invoices do, for each tenant's VAT situation from its billing details.
        PlanStore plans = new PlanStore(db, clock);
        Invoicing invoicing = Invoicing.create(db, clock, agreements, billingConfig, plans);
        PlanPrices prices = PlanPrices.of(plans::catalogue, vat, details::customer);
        UsageLimits limits = new UsageLimits(db, prices, clock);
        Deliveries deliveries = Deliveries.create(db, agreements, calls, keys, lookupKey, idempotencyTtl, clock, meter, limits);
        UsageService usage = new UsageService(db, agreements, prices, clock);
        List<ApiRoutes> billing = List.of(new UsageRoutes(usage, calls, clock),
                new TransactionRoutes(new TransactionService(db, agreements, meter, lookupKey, clock), calls),
                new BillingDetailsRoutes(details, calls));
        return new TenantsModule(db, clients, calls, keys, hasher, requests, agreements, webhooks, deliveries, publicBaseUrl, clock, meter, limits,
                billing, new ConsoleBilling(details, usage, prices), invoicing, org.hearth.tenants.pilots.Pilots.create(db, clock, requests, pilotSources), mail);
    }

    /**
     * The module's background work, in start order: the webhook fan-out and sender, the sweep of
     * expired idempotency keys, then billing: the plans seeded and loaded, then the worker (the plan
     * day, the previous month's close, interim invoices and overdue invoices), and the end of pilots
     * past their end date.
     */
    public List<Worker> workers() {
        return List.of(webhooks.workers(), deliveries.sweep(), invoicing.plans().seeder(), invoicing.worker(BILLING_POLL), pilots.ending());
    }

    /** Pilots with public bodies: their services and the worker that ends them. */
    public org.hearth.tenants.pilots.Pilots pilots() {
        return pilots;
    }

    /** Idempotent deliveries: their routes, the sweep of expired keys, and what erasure deletes. */
    public Deliveries deliveries() {
        return deliveries;
    }

    /** The tenant console's pages. */
    public Consumer<Router> console(Security security) {
        ConsolePages pages = new ConsolePages(security, clients, tenantCalls, requests, agreements, webhooks, new TeamService(db, hasher, clock, mail),
                publicBaseUrl, clock, pilots, verification);
        var pilotStaff = pilots.staffPages(security, publicBaseUrl);
        InvoicePages invoices = new InvoicePages(security, tenantCalls, invoicing.invoices());
        BillingPages billing = new BillingPages(security, invoicing);
        ConsoleBillingPages account = new ConsoleBillingPages(security, tenantCalls, consoleBilling.details(), consoleBilling.usage(), consoleBilling.prices(),
                new PlanSchedule(db), clock);
        PlanPages plans = new PlanPages(security, invoicing.plans());
        var organisations = new org.hearth.tenants.verification.VerificationPages(security, verification);
        return router -> {
            pages.mount(router);
            invoices.mount(router);
            billing.mount(router);
            account.mount(router);
            plans.mount(router);
            pilotStaff.mount(router);
            organisations.mount(router);
        };
    }

    /** Billing's invoices: the period close, invoices and payments. */
    public Invoicing invoicing() {
        return invoicing;
    }

    /** Counts consented reads in the access log's group commit: the application registers it with the datastore. */
    public org.hearth.datastore.ReadMeter readMeter() {
        return meter;
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    public DataRequestService requests() {
        return requests;
    }

    public ClientService clients() {
        return clients;
    }

    /** The tenant guard for other modules' tenant routes and pages (reporting's pilot questions). */
    public TenantGate gate() {
        return new TenantGate() {
            @Override
            public io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> guarded(io.vertx.core.Handler<io.vertx.ext.web.RoutingContext> handler) {
                return tenantCalls.guarded(handler);
            }

            @Override
            public org.hearth.kernel.actor.TenantScope console(io.vertx.ext.web.RoutingContext rc) {
                return tenantCalls.console(rc);
            }

            @Override
            public Admitted admitted(io.vertx.ext.web.RoutingContext rc) {
                org.hearth.tenants.clients.Tenant t = tenantCalls.current(rc);
                return new Admitted(t.id(), t.name(), t.kind());
            }
        };
    }

    public List<ApiRoutes> apiRoutes() {
        List<ApiRoutes> routes = List.of(new TokenEndpointRoutes(clients), new TenantProfileRoutes(tenantCalls),
                new DataRequestRoutes(requests, tenantCalls, publicBaseUrl), new TenantAgreementRoutes(agreements, tenantCalls, clock, limits),
                new RegistrationRoutes(clients, keys, hasher), deliveries.routes(), webhooks.routes(),
                new ClientRoutes(clients, tenantCalls), invoicing.routes(tenantCalls), invoicing.planRoutes());
        // Billing's metering routes come last: additive for the invoicing work.
        List<ApiRoutes> all = new java.util.ArrayList<>(routes);
        all.addAll(billing);
        // Pilots last, additive as billing's are.
        all.addAll(pilots.routes(tenantCalls, publicBaseUrl));
        all.add(new org.hearth.tenants.verification.VerificationRoutes(verification));
        return all;
    }
}
