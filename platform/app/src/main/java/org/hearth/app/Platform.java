package org.hearth.app;

import org.hearth.kernel.work.Worker;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.openapi.contract.OpenAPIContract;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.hearth.datastore.DatastoreModule;
import org.hearth.governance.GovernanceModule;
import org.hearth.kernel.actor.CallContext;
import org.hearth.governance.charter.Charter;
import org.hearth.governance.charter.CharterParser;
import org.hearth.kernel.config.HearthConfig;
import org.hearth.kernel.crypto.KeyMaterial;
import org.hearth.kernel.crypto.PasswordHasher;
import org.hearth.kernel.db.Database;
import org.hearth.kernel.db.Db;
import org.hearth.kernel.outbox.OutboxDispatcher;
import org.hearth.reporting.ReportingModule;
import org.hearth.reporting.gdpr.Controller;
import org.hearth.kernel.config.BillingConfig;
import org.hearth.governance.charter.LegalProfile;
import org.hearth.tenants.TenantsModule;
import org.hearth.tenants.clients.MemberAccounts;
import org.hearth.tenants.requests.DataRequestService;
import org.hearth.kernel.work.Worker;
import org.hearth.web.WebApp;
import org.hearth.web.audit.AuditPage;
import org.hearth.web.audit.AuditRoutes;
import org.hearth.web.audit.AuditTrail;
import org.hearth.web.health.Readiness;
import org.hearth.web.WebServer;
import org.hearth.web.api.ApiOperations;
import org.hearth.web.api.ContractLoader;
import org.hearth.web.api.ApiRoutes;
import org.hearth.web.metrics.Observability;
import org.hearth.web.security.AccessTokens;
import org.hearth.kernel.actor.Actor;
import org.hearth.kernel.login.AccountLanguages;
import org.hearth.kernel.login.LoginThrottle;
import org.hearth.web.security.Security;
import org.hearth.kernel.crypto.SigningKeys;
import org.hearth.web.staff.StaffAccounts;
import org.hearth.web.staff.StaffPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Hearth: every module composed by hand, in dependency order. {@link #wire} only builds
 * (no worker runs, nothing listens: what administrative commands need); {@link #start} then
 * starts every background worker in order and the HTTP server last. {@link #close} drains and
 * stops in reverse: readiness turns 503, requests in flight finish (within the shutdown grace),
 * the server stops listening, the workers stop, then Vert.x and the database.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final HearthConfig config;
    private final Vertx vertx;
    private final Database database;
    private final Workers workers;
    private final Readiness readiness;
    private final WebServer server;
    private final Modules modules;
    private boolean closed;

    /** The services tests and commands reach for. */
    public record Modules(DatastoreModule datastore, TenantsModule tenants, StaffAccounts staff, Charter charter) {
    }

    private Platform(HearthConfig config, Vertx vertx, Database database, Workers workers, Readiness readiness, WebServer server,
                     Modules modules) {
        this.config = config;
        this.vertx = vertx;
        this.database = database;
        this.workers = workers;
        this.readiness = readiness;
        this.server = server;
        this.modules = modules;
    }

    /** Wires and starts the whole platform, as {@code serve} runs it. */
    public static Platform start(HearthConfig config) {
        Platform platform = wire(config);
        try {
            platform.startWorkersAndServer();
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    /** Opens the database and wires every module, without starting a worker or listening: for administrative commands. */
    public static Platform wire(HearthConfig config) {
        CharterSource source = CharterSource.resolve(config.charterPath());
        Charter charter = CharterParser.parse(source.text(), source.name());
        PrometheusMeterRegistry registry = Observability.newRegistry();
        Vertx vertx = Observability.vertx(registry);
        Database database = null;
        try {
            database = Database.open(config, registry, true);
            Db db = database.db();
            KeyMaterial keys = KeyMaterial.load(config, SigningKeys::generateJwk);
            SigningKeys signingKeys = SigningKeys.fromJwk(keys.jwtSigningJwk());
            AccessTokens accessTokens = new AccessTokens(signingKeys, config.publicBaseUrl(), config.accessTokenTtl(), Clock.systemUTC());
            PasswordHasher hasher = PasswordHasher.owaspDefaults();
            LoginThrottle throttle = new LoginThrottle(db, Clock.systemUTC(), config.loginLock(), registry);
            DataRequestService dataRequests = TenantsModule.dataRequests(db);
            DatastoreModule datastore = DatastoreModule.create(db, keys, hasher, throttle, Clock.systemUTC(),
                    new DatastoreModule.Limits(config.maxRecordBytes(), config.maxAttachmentBytes(), config.maxArchiveBytes(),
                            config.dataDir().resolve("uploads")),
                    dataRequests, signingKeys, new DatastoreModule.Mailing(config.mail(), config.publicBaseUrl(), vertx),
                    new OriginKeys(config.publicBaseUrl(), config.trustedHearths(), TenantsModule.publicKeys(db, keys.masterKeys())));
            StaffAccounts staff = new StaffAccounts(db, hasher, keys.lookupKey(), throttle);
            MemberAccounts members = new MemberAccounts(db, hasher, keys.lookupKey(), throttle);
            Security security = Security.create(vertx, datastore.passwordLogin(), staff, members, datastore.tokenVerifier(), accessTokens,
                    config.secureCookies(), caller -> switch (caller.kind()) {
                        case INDIVIDUAL -> datastore.isActive(caller.id());
                        case STAFF -> staff.stillValid(caller);
                        case TENANT -> members.stillValid(caller);
                        case SYSTEM -> false;
                    },
                    AccountLanguages.byKind(java.util.Map.of(Actor.Kind.INDIVIDUAL, datastore.languages(), Actor.Kind.STAFF, staff,
                            Actor.Kind.TENANT, members)),
                    config.oidc().map(p -> new Security.Oidc(p, config.publicBaseUrl(), datastore::loginWithOidc)));
            TenantsModule tenants = TenantsModule.create(db, accessTokens, keys.masterKeys(), hasher, dataRequests, datastore.tenantAgreements(),
                    config.publicBaseUrl(), Clock.systemUTC(), config.webhookRetryBase(), config.outboxPollInterval(),
                    config.tenantRateLimits(), config.webhookPrivateTargets(), keys.lookupKey(), config.idempotencyTtl(), config.billing(),
                    new org.hearth.tenants.pilots.Pilots.Sources(datastore.requestAgreements(), datastore.notices(), () -> charter.pilots().minimumCohort()),
                    datastore.mail());
            // The review page of a pilot's invitation states the smallest group its partner may ask about.
            // the charter's pilots.minimum_cohort: what the invitation states and the engine enforces
            datastore.showMinimumCohort(charter.pilots().minimumCohort());
            if (!config.billing().placeholders().isEmpty()) {
                LOG.atWarn().addKeyValue("unset", String.join(",", config.billing().placeholders()))
                        .log("invoices name the shipped placeholder seller; set the HEARTH_BILLING_SELLER_* keys before issuing real invoices");
            }
            datastore.addErasureStep(tenants.deliveries().erasureStep());
            // Billing counts consented reads in the access log's group commit. HEARTH_METERING=off is a
            // bench knob only (infra/bench/run.sh measures the read rate with and without it).
            if (!"off".equals(System.getenv("HEARTH_METERING"))) {
                datastore.meterReadsWith(tenants.readMeter());
            }
            GovernanceModule governance = GovernanceModule.create(db, charter, source.text());
            BillingConfig.Seller operator = config.billing().seller();
            ReportingModule reporting = ReportingModule.create(db, new ReportingModule.Sources(governance, datastore, new Controller(operator.legalName(),
                    String.join(", ", operator.addressLines()) + ", " + operator.postcode() + " " + operator.city(), operator.country(),
                    operator.email(), charter.legalProfile() == LegalProfile.FR_SCIC ? "cnil" : "ico",
                    config.dataProtectionOfficer().orElse(null)), tenants.gate()));
            AuditTrail audit = new AuditTrail(db);

            List<ApiRoutes> routes = new ArrayList<>();
            routes.addAll(datastore.apiRoutes());
            routes.addAll(tenants.apiRoutes());
            routes.addAll(governance.apiRoutes());
            routes.addAll(reporting.apiRoutes());
            routes.add(new AuditRoutes(audit));
            ApiOperations operations = new ApiOperations();
            routes.forEach(r -> r.register(operations));
            List<Consumer<Router>> pages = new ArrayList<>(datastore.pages(security));
            pages.add(new StaffPages(security)::mount);
            pages.add(new AuditPage(audit, security)::mount);
            pages.add(tenants.console(security));
            pages.add(governance.pages(security));
            pages.addAll(reporting.pages(security));

            String contractText = ContractLoader.text("/openapi.yaml");
            OpenAPIContract contract = await(ContractLoader.contract(vertx, contractText));
            Readiness readiness = new Readiness();
            Router router = WebApp.router(vertx, new WebApp.Parts(db, registry, security, signingKeys, contract, contractText,
                    operations, pages, config.maxBodyBytes(),
                    java.util.Map.of("attachment", config.maxAttachmentBytes(), "archive", config.maxArchiveBytes()), keys.metricsToken(),
                    config.publicBaseUrl().startsWith("https://"), readiness));
            WebServer server = new WebServer(vertx, router, config.httpHost(), config.httpPort(), config.httpInstances());
            Workers workers = new Workers(workers(db, vertx, config, registry, datastore, tenants, governance, reporting));
            return new Platform(config, vertx, database, workers, readiness, server, new Modules(datastore, tenants, staff, charter));
        } catch (RuntimeException e) {
            vertx.close();
            if (database != null) {
                database.close();
            }
            throw e;
        }
    }

    /**
     * Every background worker, in start order. Each module hands over a list of workers; modules
     * that still have start and stop methods are adapted here until they expose {@code workers()}.
     */
    private static List<Worker> workers(Db db, Vertx vertx, HearthConfig config, PrometheusMeterRegistry registry,
                                        DatastoreModule datastore, TenantsModule tenants, GovernanceModule governance,
                                        ReportingModule reporting) {
        List<Worker> all = new ArrayList<>();
        // Governance records the charter in force and seeds the chart of accounts before anything books.
        all.add(Workers.of("governance-start", () -> governance.start(CallContext.system("governance.start")), () -> { }));
        // The access log's group-commit writer must run before the server takes a consented read.
        all.addAll(datastore.workers());
        all.add(new OutboxDispatcher(db, vertx, config.outboxPollInterval(), registry));
        // HEARTH_BILLING_WORKER=off leaves out billing's worker (the monthly close and overdue marking): a
        // bench and test knob only, so infra/bench/close-month.sh and CloseCrashIT time and kill the close
        // they start themselves, not one the worker starts on its own while their data is being written.
        boolean billingWorker = !"off".equals(System.getenv("HEARTH_BILLING_WORKER"));
        tenants.workers().stream().filter(w -> billingWorker || !"billing".equals(w.name())).forEach(all::add);
        // Books billing's revenue from the outbox once the chart of accounts is seeded (above).
        all.addAll(governance.workers(config.outboxPollInterval()));
        // Folds ended hours of usage into reporting's daily table; a minute is plenty (hours settle hourly).
        all.addAll(reporting.workers(java.time.Duration.ofMinutes(1)));
        return all;
    }



    private void startWorkersAndServer() {
        workers.start();
        server.start();
        LOG.atInfo().addKeyValue("charter", modules.charter().legalProfile().code())
                .addKeyValue("company", modules.charter().companyName())
                .addKeyValue("database", config.externalDatabase().isPresent() ? "external" : "embedded")
                .addKeyValue("databaseAt", database.description())
                .addKeyValue("dataDir", config.dataDir().toAbsolutePath().toString())
                .addKeyValue("host", config.httpHost())
                .addKeyValue("port", server.port())
                .addKeyValue("workers", String.join(",", workers.names()))
                .log("Hearth started");
    }

    static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        }
    }

    public int port() {
        return server.port();
    }

    public Vertx vertx() {
        return vertx;
    }

    public Db db() {
        return database.db();
    }

    public Modules modules() {
        return modules;
    }



    public String databaseDescription() {
        return database.description();
    }

    /** Whether the HTTP server listens (administrative commands never make it). */
    public boolean listening() {
        return server.listening();
    }

    public Readiness readiness() {
        return readiness;
    }

    /** Drains, then stops in the reverse of the start order. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        boolean wasListening = server.listening();
        try {
            if (wasListening) {
                readiness.drain();
                boolean idle = readiness.awaitIdle(config.shutdownGrace());
                LOG.atInfo().addKeyValue("idle", idle).addKeyValue("inFlight", readiness.inFlight())
                        .log("Hearth stopping: readiness is 503, requests in flight drained");
            }
            server.stop();
            workers.close();
        } finally {
            await(vertx.close());
            database.close();
            if (wasListening) {
                LOG.info("Hearth stopped");
            }
        }
    }
}
